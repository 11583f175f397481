"""Event annotation: PLOVER-typed events with actors, place, time and modality (`dateline_events`)."""
