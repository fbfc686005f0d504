"""Two short articles of the genre written for the command-line tests (names, numbers and wording invented).

Both have sections ``s1`` and ``s2`` so block ids repeat between them; the word 蓝莓 occurs in exactly four
blocks (three in the first, one in the second) and in no title or heading, so a search for it has a
known total.
"""

from __future__ import annotations

from pathlib import Path

TRADE = """\
稳外贸提质量——访某省商务厅厅长周某某

2024-05-06 10:20　来源：某某日报

今年以来，某省外贸进出口总体平稳，一季度进出口总值达1234.5亿元，同比增长6.2%。

外贸形势：稳中有进

某某日报记者：一季度全省外贸表现如何？

周某某：总的看，外贸开局良好。出口额增长7.1%，其中机电产品出口占比超过五成，蓝莓等鲜果出口增长明显。

我们还将继续支持企业开拓新兴市场，蓝莓种植户也纳入了出口帮扶名单。

新的举措：优化服务

某某日报记者：下一步有哪些举措？

周某某：一是稳住外贸主体，全年培育外贸企业300家以上；二是优化营商环境，把蓝莓冷链通关时间压缩到6小时以内。
"""

FIRMS = """\
中小企业发展情况答记者问

2024-07-15　来源：某市工业和信息化局

上半年，全市中小企业运行总体平稳，规模以上中小企业达2.3万家。

政策成效：企业信心增强

问：上半年中小企业运行有哪些特点？

答：中小企业营业收入同比增长4.8%，利润总额增长12.5%。专精特新中小企业新增86家。

融资服务：惠企政策落地

问：融资方面有哪些新进展？

答：今年新增中小企业贷款约150亿元，农户种植蓝莓的贷款贴息比例提高到三成。
"""

#: Neither text nor decodable: a PNG header with binary bytes after it.
DAMAGED = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 2


def write_folder(folder: Path, damaged: bool = True) -> Path:
    """Write the two articles (``a_trade.txt``, ``b_firms.txt``) and, unless told not to, a damaged
    ``c_damaged.txt`` and a note that is no article (``notes.md``) into ``folder``; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a_trade.txt").write_text(TRADE, encoding="utf-8")
    (folder / "b_firms.txt").write_text(FIRMS, encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    if damaged:
        (folder / "c_damaged.txt").write_bytes(DAMAGED)
    return folder
