"""Who wrote an article and who republished it: the evidence of its lines, weighed by precedence.

The parser's passes note what each attribution line says (a ``来源：X`` line, a dateline, a paper's
``《X》（… 版）``, a byline, the header's 来源 field); :meth:`Attribution.resolve` then names the source by
the genre's precedence: an explicit ``来源：X`` in the article > a dateline (``新华社北京6月9日电``) > a
paper or byline attribution > an outlet that reports in its own name in the body (``某某新闻注意到``) > the
outlet that conducts the interview (``某某网：`` asking its guest, ``接受某某记者采访``) > an
organisation that signs the text (a statistics bureau's release) > the header's 来源 field (a portal that
reprints the article names itself there). ``本报`` (our paper) resolves to the paper that the
article names elsewhere, else stays unknown. The site is the portal: the header's 来源 when it is not the
source itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.core import chrome, outletlines, widgets
from tui.core.lines import Line, unglossed
from tui.core.meta import issuer_name, split_names
from tui.core.traditional import simplify

_OWN = ("本报", "本网", "本刊")
_KIND = re.compile(r"(?:通讯社|电视台|日报|社|网|报|台|客户端)$")
_PAPERS_STAFF = re.compile(
    r"^(?P<paper>[\u4e00-\u9fff]{2,8}?(?:日报|晚报|晨报|报))(?:全媒体|融媒体|首席|特约|特派)?记者"
)
"""A paper's reporter named in a site's dateline brackets (``某某日报全媒体记者 王某``)."""
_PORTAL_SPLIT = re.compile(r"\s*(?:--|[—―]+|[-－/／])\s*")
"""Between a portal and its paper in one 来源 field: 人民网－人民日报, 某某政府网/某某网."""
_SITE_PART = re.compile(r"(?:网|网站|频道|在线|客户端|专题|中心)$")
"""After the dash, a part of the portal itself (``某某网-国际频道``, ``某某网-某某健康网``), not a paper it carries."""
_GOV_PORTAL = re.compile(r"政府网$")
"""A government's portal (``中国政府网``, ``某某省政府网``): in a 来源 field with another name, it carries the
article and the other wrote it, whichever comes first."""


@dataclass
class Attribution:
    """The evidence gathered while the article is read, and the people it names."""

    explicit: str | None = None
    relay: str | None = None
    dateline: str | None = None
    broadcast: str | None = None
    """A radio or TV programme that the text relays (``据某某之声《某某摘要》报道``): under a dateline (the
    outlet's website filing its channel's digest) the dateline's outlet wrote it."""
    paper: str | None = None
    byline: str | None = None
    named: str | None = None
    interviewer: str | None = None
    header: str | None = None
    header_site: str | None = None
    header_paper: bool = False
    """The header's 来源 names a portal and, after the dash, the paper it carries (``人民网-人民日报``): the
    paper is named as explicitly as by a 来源 line of its own, above a dateline (the portal's own included)."""
    issuer: str | None = None
    masthead: str | None = None
    """The paper an e-paper's masthead names (``某某日报社出版``): only who ``本报`` is, never a source alone."""
    paper_date: str | None = None
    body_date: str | None = None
    """The day of the first date line among the body's lines (a live transcript's first stamp)."""
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)

    def note_header(self, value: str) -> None:
        """The header's 来源 field; ``人民网-人民日报`` names the portal and, after the dash, the paper."""
        if self.header is not None:
            return
        parts = _portal_first([_unmarked(p) for p in _PORTAL_SPLIT.split(value) if p])
        if len(parts) == 2:
            self.header_site, self.header = parts
            self.header_paper = not _SITE_PART.search(simplify(self.header))
        else:
            self.header = outletlines.paper_of_epaper(value, simplify(value))  # 某某报电子版: the paper

    def note_line(self, line: Line) -> None:
        """Record what an attribution, byline, editor or paper line says (names as written), and the
        publisher an information box's field names."""
        if (organ := widgets.info_publisher(line.folded)) is not None:
            self.note_issuer(line.text[organ[0] : organ[1]])
            return
        found = chrome.credit(line.folded)
        if found is None:
            return
        source = line.written(found.source) if found.source else None
        if found.kind == "explicit" and self.explicit is None and source:
            parts = _portal_first([_unmarked(p) for p in _PORTAL_SPLIT.split(source) if p])
            self.explicit = parts[-1] if parts else source
            if len(parts) == 2 and self.header_site is None:
                self.header_site = parts[0]  # 来源：某某网――《某某日报》: the portal, then its paper
        elif found.kind == "paper" and self.paper is None:
            self.paper = source
            self.paper_date = chrome.paper_date(line.folded)
        elif found.kind == "byline" and source and self.byline is None:
            self.byline = source
        self.add_people(
            tuple(line.written(n) for n in found.authors), tuple(line.written(n) for n in found.editors)
        )

    def note_masthead(self, lines: list[Line]) -> None:
        """The paper named by a masthead among the page's first lines (``某某日报社出版``), if any."""
        for line in lines:
            if self.masthead is None and (m := outletlines.MASTHEAD.search(line.folded)) is not None:
                self.masthead = line.written(m["src"])

    def note_title(self, line: Line) -> None:
        """What the headline line names: a wire's boxed dateline inside it when it runs on into the lead (see
        :data:`~tui.core.outletlines.WIRE_BOXED_WITHIN`) or after a photo's caption (see
        :data:`~tui.core.outletlines.DATELINE_AFTER_CAPTION`): the agency's dateline; an organ's tag opening it
        (:data:`~tui.core.outletlines.ORGAN_TAG`): the issuer."""
        if (m := outletlines.WIRE_BOXED_WITHIN.search(line.folded)) is not None:
            self.note_dateline(line.written(m["src"]), None)
        elif (m := outletlines.DATELINE_AFTER_CAPTION.search(line.folded)) is not None:
            self.note_dateline(line.written(m["src"]), None)  # 某社北京3月7日电（记者 王某）after a caption
        if (organ := outletlines.ORGAN_TAG.match(line.folded)) is not None:
            self.note_issuer(line.written(organ["organ"]))  # [某某统计局]…: the release's issuer

    def note_explicit(self, source: str) -> None:
        """A 来源 named inside the text (``…。（来源：某某新闻）``): as explicit as a 来源 line."""
        self.explicit = self.explicit or source.strip()

    def note_byline(self, source: str, names: tuple[str, ...]) -> None:
        """A byline found inside a line (``■某某报记者 王某``): the outlet and its reporters."""
        if self.byline is None and source:
            self.byline = source
        self.add_people(names, ())

    def note_issuer(self, name: str) -> None:
        """An organisation that signs the text (``中华人民共和国某某部`` under the date, or at its end)."""
        self.issuer = self.issuer or issuer_name(name, simplify(name))

    def note_relay(self, source: str) -> None:
        """An outlet whose report the text relays at its start (``据《某某报》报道，…``)."""
        self.relay = self.relay or source

    def note_interviewer(self, outlet: str) -> None:
        """The outlet whose reporter interviews the guest (``接受某某记者采访``, ``某某网：`` asking him twice or
        more): it wrote the interview, when nothing else names who did."""
        self.interviewer = self.interviewer or outlet

    def note_self(self, source: str) -> None:
        """An outlet that reports in its own name in the body (``某某新闻注意到，…``): a byline's worth."""
        if not _own(source):
            self.named = self.named or source

    def note_dateline(self, source: str, who: str | None) -> None:
        """Record a dateline's outlet and the reporters in its ``（记者 王某）``."""
        staff = _PAPERS_STAFF.match(simplify(who.strip())) if who else None
        if who and staff is not None and simplify(source).endswith(("网", "客户端")):
            # 某某网讯（某某日报全媒体记者 王某）: the site carries what its paper's reporter wrote
            source, who = who.strip()[: staff.end("paper")], who.strip()[staff.end() :]
        if source and self.dateline is None:
            self.dateline = _without_app(source)
        if who:
            names = who.strip()
            for prefix in ("记者", "本报记者", "通讯员"):  # matched in either script: 記者 as 记者
                if simplify(names).startswith(prefix):
                    names = names[len(prefix) :].strip()
            if names and len(names) <= 24:
                at = simplify(names).find("通讯员")
                if at >= 0:
                    names = names[:at] + "、" + names[at + 3 :]
                self.add_people(tuple(split_names(names)), ())

    def note_dateline_of(self, line: Line) -> None:
        """The dateline a line opens with, if any (``2020年5月6日(某某中文网)…`` too): its outlet and the
        reporters in its ``（记者 王某）``."""
        m = chrome.dateline(line.folded) or chrome.dated_outlet(line.folded)
        if m is None:
            return
        src = unglossed(line.text[m.start("src") : m.end("src")]) if m.groupdict().get("src") else ""
        who = line.text[m.start("who") : m.end("who")] if m["who"] is not None else None
        self.note_dateline(src, who)

    def note_relay_of(self, line: Line) -> None:
        """The outlet a line relays, if it opens with one (``据《某某报》报道，…``)."""
        if (relay := chrome.RELAY.match(line.folded)) is not None:
            self.note_relay(line.text[relay.start("src") : relay.end("src")])
        elif (radio := outletlines.RADIO_RELAY.match(line.folded)) is not None:  # 据某某之声《…》报道
            self.broadcast = self.broadcast or unglossed(line.text[radio.start("src") : radio.end("src")])

    def add_people(self, authors: tuple[str, ...], editors: tuple[str, ...]) -> None:
        """Add authors and editors, each once, in the order met."""
        for name in authors:
            if name not in self.authors:
                self.authors.append(name)
        for name in editors:
            if name not in self.editors:
                self.editors.append(name)

    def resolve(self) -> tuple[str | None, str | None]:
        """(source, site) by the genre's precedence."""
        own_paper = next(
            (
                x
                for x in (self.paper, self.header, self.byline, self.explicit, self.masthead)
                if x and not _own(x)
            ),
            None,
        )
        explicit = self.explicit
        if explicit and self.dateline and _stem(_agency_of(explicit)) == _stem(self.dateline):
            explicit = (
                self.dateline
            )  # 来源：某某网 under 某某社…电: the agency wrote what its website carries
        dateline = self.dateline
        if dateline and self.header and _service_of(dateline, self.header):
            dateline = self.header  # 来源：某某社 over 某某财经北京…电: the agency's own service wire
        byline = self.byline
        if byline and self.header and self.header != byline and self.header.startswith(byline):
            # （某某记者 王某） under the header's 某某新闻客户端: the house's outlet, named whole
            byline = self.header
        elif byline and self.header and self.header in byline.split("·")[1:]:
            # 来源：某某在线 over a 某某报·某某在线 byline: the field names which of the pair the page carries
            byline = self.header
        source: str | None = None
        for candidate in (
            explicit,
            self.header if self.header_paper else None,
            self.relay,
            dateline,
            self.broadcast,
            self.paper,
            byline,
            self.named,
            self.interviewer,
        ):
            if candidate:
                source = own_paper if _own(candidate) else candidate
                if source:
                    break
        if source is None and not any(_own(x) for x in (self.explicit, self.dateline, self.byline) if x):
            source = self.issuer or self.header
        source = self._outlet_of_site(source)
        site = self.header_site or (self.header if self.header and self.header != source else None)
        return source, site

    def _outlet_of_site(self, source: str | None) -> str | None:
        """A website's name (``某某新闻网消息``) whose outlet the header or a 来源 names without ``网``
        (``来源:某某新闻``): the outlet, which the site only carries."""
        if source is None or not simplify(source).endswith(("网", "網")):
            return source
        bare = simplify(source)[:-1]
        for other in (self.explicit, self.header):
            if other and simplify(other) == bare:
                return other
        return source


def _portal_first(parts: list[str]) -> list[str]:
    """The two names of a 来源 field, the carrier first: a government's portal carries what the other wrote,
    whichever the field names first (``某某网/中国政府网``)."""
    if (
        len(parts) == 2
        and _GOV_PORTAL.search(simplify(parts[1]))
        and not _GOV_PORTAL.search(simplify(parts[0]))
    ):
        return [parts[1], parts[0]]
    return parts


_AGENCY_SITES = {"中国新闻网": "中新社", "中新网": "中新社"}
"""An agency's website whose name is no stem of the agency's: under the agency's dateline, the site carries
the wire (``来源：中国新闻网`` under ``中新社北京…电``)."""


def _agency_of(outlet: str) -> str:
    """The agency whose wire a website carries (``中国新闻网`` → ``中新社``), else the outlet."""
    return _AGENCY_SITES.get(simplify(outlet), outlet)


def _without_app(outlet: str) -> str:
    """An outlet's app as the outlet (``某某新闻客户端`` → ``某某新闻``): the app only carries its reports."""
    folded = simplify(outlet)
    return outlet[: -len("客户端")] if folded.endswith("客户端") and len(folded) > 4 else outlet


def _unmarked(outlet: str) -> str:
    """An outlet's name without its title marks: 《某某日报》 → 某某日报."""
    return outlet.strip().strip("《》<>〈〉")


def _own(outlet: str) -> bool:
    """本报, 本網, 本刊: the outlet speaking of itself, in either script."""
    return simplify(outlet) in _OWN


def _stem(outlet: str) -> str:
    """An outlet's name without what kind of outlet it is: 新华社, 新华网 and 新華網 → 新华."""
    return _KIND.sub("", simplify(outlet)) or outlet


def _service_of(dateline: str, header: str) -> bool:
    """A wire dateline whose name says no kind of outlet (``某某财经北京``, a service's desk) under a header's
    来源 that names an agency of the same stem (``来源：某某社``): the agency's service, so the agency."""
    agency = simplify(header)
    return (
        agency.endswith("社")
        and len(_stem(agency)) >= 2
        and _KIND.search(simplify(dateline)) is None
        and simplify(dateline).startswith(_stem(agency))
    )
