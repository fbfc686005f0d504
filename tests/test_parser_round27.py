"""Structure met before a twentieth set's pages bring it (round twenty-seven).

A live page's info box whose fields the page ran into its first line (``时间：某某推介会地点：6日14:30
某某推介会``) is the page's furniture: the event's name in it is the title, and the box's bare labels under
it (``活动标题`` / ``活动描述`` / ``文字内容：``) are no headings. The portal announcing its own broadcast
(``某某网现场直播，敬请关注。``) names the source. Every snippet is invented (names, places and numbers made
up) in the shape of the genre, and each class comes with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core.document import parse_text
from tui.core.model import Document

_EVENT = "某省第三届新材料产业推介会新闻发布会"
_DESCRIPTION = (
    "某省第三届新材料产业推介会定于6月6日下午在某市会展中心举行新闻发布会，组委会负责人将介绍筹备进展，"
    "并答复媒体的提问。{outlet}"
)
_STAMP = "2025-06-06 14:31:05"
_SPEECH = "各位记者朋友，大家下午好。本届推介会共有126家企业报名参展，签约项目预计超过40个，总投资规模较上届明显扩大。"
_SPEECH2 = "推介会期间还将举办5场专题对接活动，重点围绕新型储能材料和高端装备开展合作洽谈。"


def _headings(doc: Document) -> list[str | None]:
    return [s.heading for s in doc.sections]


def _live_page(
    box: str, outlet: str = "华川网现场直播，敬请关注。", labels: str = "活动标题\n活动描述\n文字内容:"
) -> str:
    return f"{box}\n{_DESCRIPTION.format(outlet=outlet)}\n{labels}\n{_SPEECH}\n{_STAMP}\n{_SPEECH2}\n"


def test_a_live_pages_box_run_into_one_line_gives_the_events_name_as_title() -> None:
    for box in (
        f"时间: {_EVENT}地点: 6日14:30 {_EVENT}",
        f"时间：{_EVENT}  地点：{_EVENT}",
        f"時間: {_EVENT}地點: 6日14:30 {_EVENT}",
    ):
        doc = parse_text(_live_page(box))
        assert doc.title == _EVENT, box
        assert _headings(doc) == [None], box
        kinds = {entry.text: entry.kind for entry in doc.boilerplate}
        assert kinds.get("活动标题") == "chrome" and kinds.get("活动描述") == "chrome", box
        texts = [block.text for _, block in doc.blocks()]
        assert texts[0].startswith("某省第三届新材料产业推介会定于") and _SPEECH in texts, box


def test_the_portal_announcing_its_own_broadcast_is_the_source() -> None:
    assert parse_text(_live_page(f"时间: {_EVENT}地点: {_EVENT}")).source == "华川网"
    assert (
        parse_text(_live_page(f"时間: {_EVENT}地點: {_EVENT}", "華川網現場直播，敬請關注。")).source
        == "華川網"
    )


def test_a_broadcast_reported_of_someone_else_names_no_source() -> None:
    for outlet in ("发布会将通过华川网同步直播。", "届时华川网将进行图文直播。", "欢迎关注。"):
        doc = parse_text(_live_page(f"时间: {_EVENT}地点: {_EVENT}", outlet))
        assert doc.source is None, outlet


def test_a_box_that_gives_a_time_is_no_title() -> None:
    for when in ("2025年6月6日 14:30", "下午3点", "6日14:30"):
        page = f"{_EVENT}\n时间: {when}地点: 某市会展中心\n{_SPEECH}\n{_SPEECH2}\n"
        doc = parse_text(page)
        assert doc.title == _EVENT, when


def test_a_heading_named_like_a_field_stays_a_heading() -> None:
    body = f"{_EVENT}\n{_DESCRIPTION.format(outlet='')}\n主要内容\n{_SPEECH}\n活动时间\n{_SPEECH2}\n"
    doc = parse_text(body)
    assert _headings(doc) == [None, "主要内容", "活动时间"]


def test_labels_one_under_the_other_deep_in_the_text_are_left_alone() -> None:
    lead = "\n".join(f"第{n}段：{_SPEECH}" for n in "一二三四五六七")
    doc = parse_text(f"{_EVENT}\n{lead}\n活动主题\n会议内容\n{_SPEECH2}\n")
    assert not any(entry.text == "活动主题" for entry in doc.boilerplate)
