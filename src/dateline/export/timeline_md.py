"""A timeline as a Markdown report: one section per date, each sentence footnoted to its article.

Footnotes are per article (`[^3]`) and list the sentence indices cited, so every line can be checked against
`dateline show DOC_ID`. Markdown special characters in article text are escaped: text is never markup.
"""

from __future__ import annotations

import re

from dateline.query.timeline_rows import Timeline, TimelineDate, TimelineEvent, TimelineFigure

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def long_date(date: TimelineDate) -> str:
    return f"{date.date.day} {date.date.strftime('%B %Y')}"


def event_line(e: TimelineEvent) -> str:
    who = " → ".join(x for x in (e.source_actor, e.target_actor) if x)
    parts = [e.type, f"“{e.trigger}”"]
    if who:
        parts.append(who)
    if e.place:
        parts.append(f"in {e.place}")
    if e.modality != "asserted":
        parts.append(f"({e.modality})")
    if e.n_reports > 1:
        parts.append(f"— {e.n_reports} reports")
    return " ".join(parts)


def figure_line(f: TimelineFigure) -> str:
    qualifier = f.qualifier
    if qualifier and (f.value_text.casefold().startswith(qualifier.casefold()) or not f.value_text[:1].isdigit()):
        qualifier = None  # "at least 40" already says it; "approximately nine" carries its own
    value = " ".join(x for x in (qualifier, f.value_text, f.unit, f.who) if x)
    line = f"{f.category}: {value}"
    if f.place:
        line += f" in {f.place}"
    if f.reporter:
        line += f" (per {f.reporter})"
    return line


def to_markdown(timeline: Timeline) -> str:
    out = [f"# {escape(timeline.title)}", ""]
    out += [f"*{timeline.summary()}*", ""]
    cited: dict[int, list[int]] = {}
    for d in timeline.dates:
        out.append(f"## {long_date(d)}")
        out.append("")
        for s in d.sentences:
            cited.setdefault(s.source, []).append(s.sentence)
            note = "" if s.reason == "mentioned" else " *(published that day)*"
            out.append(f"- {escape(s.text)}[^{s.source}]{note}")
        if d.events:
            out += ["", "**Events:** " + "; ".join(escape(event_line(e)) for e in d.events)]
        if d.figures:
            out += ["", "**Figures:** " + "; ".join(escape(figure_line(f)) for f in d.figures)]
        out.append("")
    for src in timeline.sources():
        what = ", ".join(x for x in (src.publisher, str(src.date) if src.date else None) if x)
        title = f" “{escape(src.title)}”" if src.title else ""
        sentences = ", ".join(str(i) for i in sorted(set(cited.get(src.ref, []))))
        link = f" <{src.url}>" if src.url else ""
        out.append(f"[^{src.ref}]: {what}{title} — document `{src.doc_id}`, sentence {sentences}.{link}")
    return "\n".join(out).rstrip() + "\n"
