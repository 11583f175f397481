"""The HTTP API and the web page (`dateline serve`): thin layers over `dateline.query`, so they agree with the CLI.

`dateline.serve.app.create_app(db)` builds the FastAPI app; FastAPI and uvicorn are imported only by the serve
command, never by the rest of dateline.
"""
