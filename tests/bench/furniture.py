"""Page furniture: the invented lines that portals, government sites, e-paper pages and app mirrors print
around and inside an article, by family, each family with several forms and the places pages print it.

Every line here is invented (names 某某, made-up numbers and titles); none is copied from a page. A form is
one or more lines (``\\n`` between them); ``{date}`` and ``{source}`` stand for the article's own date and
source, so that an info bar repeats what the page says rather than contradicting it (a form that needs a
field the article lacks is not tried on it).

Places (:data:`PLACES`): ``above`` the headline, ``meta`` between the headline and the body (info bars),
``between`` two body paragraphs (captions, image names, players, ads, related links) and ``below`` the body.
"""

from __future__ import annotations

from dataclasses import dataclass

PLACES = ("above", "meta", "between", "below")


@dataclass(frozen=True)
class Family:
    """One kind of furniture: its forms and where pages print it."""

    name: str
    where: tuple[str, ...]
    forms: tuple[str, ...]


FAMILIES: tuple[Family, ...] = (
    Family(
        "breadcrumb",
        ("above",),
        (
            "首页 > 新闻 > 正文",
            "首頁 > 要聞 > 正文",
            "当前位置：首页 > 政务公开 > 政策解读",
            "當前位置: 首頁 » 新聞中心 » 部門動態",
            "您现在的位置：首页>>信息公开>>工作动态",
            "首页 / 财经 / 宏观",
            "位置：首页 - 新闻中心 - 国内新闻",
        ),
    ),
    Family(
        "info bar",
        ("meta",),
        (
            "发布时间：{date}  来源：{source}",
            "發布時間:{date} 來源:{source} 字號:大 中 小",
            "{date}  来源：{source}  作者：某某某  浏览次数：1268",
            "来源: {source} | 发布日期: {date} | 阅读量: 3,402",
            "时间：{date}　　来源：{source}　　【打印】【关闭】",
            "作者：某某　责任编辑：某某某　浏览量：86",
            "发布者：某某区政府办公室　点击数：2173　更新时间：{date}",
        ),
    ),
    Family(
        "font size",
        ("meta",),
        (
            "字号：大 中 小",
            "【字体：大 中 小】",
            "字號：[大] [中] [小]",
            "【字号：大 中 小】【打印本页】【关闭窗口】",
            "文字大小：A+ A A-",
            "字体：小 中 大 | 默认",
        ),
    ),
    Family(
        "print and close",
        ("meta", "below"),
        (
            "[打印] [关闭]",
            "【打印】【关闭】",
            "打印本页 | 关闭窗口",
            "【列印】【關閉】",
            "[ 打印本页 ] [ 收藏 ] [ 关闭 ]",
            "〖打印〗〖关闭〗",
        ),
    ),
    Family(
        "share bar",
        ("meta", "below"),
        (
            "分享到：微信 微博 QQ空间",
            "分享到:",
            "分享：",
            "分享至 微信朋友圈 新浪微博",
            "分享到：微信 | 微博 | QQ | 复制链接",
            "分享到：微信 微博 QQ空間",
            "【分享到】",
        ),
    ),
    Family(
        "scan to read",
        ("meta", "below"),
        (
            "扫一扫在手机打开当前页",
            "掃一掃在手機打開當前頁",
            "用微信扫描二维码分享至好友和朋友圈",
            "扫码阅读手机版",
            "【扫一扫 手机看】",
            "手机扫一扫 分享本页",
        ),
    ),
    Family(
        "image caption",
        ("between",),
        (
            "图为某某县的一处物流园区。某某 摄",
            "圖為工人在車間內作業。（某某某 攝）",
            "（图片来源：某某网）",
            "▲某某港集装箱码头一角。",
            "图片来源：视觉中国",
            "资料图片",
            "某某市新建的社区服务中心。新华社记者 某某 摄",
            "图｜某某新区的建设现场（某某 摄）",
        ),
    ),
    Family(
        "image file",
        ("between",),
        (
            "IMG_20230514_0931.jpg",
            "W020240312583710425116.png",
            "640.webp",
            "微信图片_20231102153355.jpg",
            "[图片]",
            "<图片>",
            "点击图片进入下一页",
            "點擊圖片進入下一頁",
            "[>>查看更多图片]",
        ),
    ),
    Family(
        "video",
        ("between",),
        (
            "视频加载中…",
            "視頻加載中...",
            "00:00 / 03:12",
            "播放",
            "视频加载中，请稍候...",
            "▶ 播放视频",
            "01:47",
        ),
    ),
    Family(
        "app prompt",
        ("between", "below"),
        (
            "打开APP阅读全文",
            "打開APP閱讀全文",
            "下载客户端",
            "展开全文",
            "展開全文 ∨",
            "点击下载某某新闻客户端，阅读更多精彩内容",
            "打开某某新闻，查看更多高清图片",
            "APP内打开",
        ),
    ),
    Family(
        "related list",
        ("below",),
        (
            "相关新闻\n多地出台支持小微企业新举措\n前三季度外贸运行总体平稳\n某某省发布乡村振兴专项规划",
            "相关阅读：\n● 某某市启动新一轮老旧小区改造\n● 第四季度稳就业工作部署会召开\n● 专家谈制造业投资新动向",
            "延伸阅读\n·一图读懂今年的减税降费政策\n·新能源汽车下乡活动启动\n·某某港口吞吐量再创新高\n·夏粮收购进度过半",
            "相關新聞：\n某某區推進數字政府建設\n多部門聯合部署春耕生產",
            "热点推荐\n某某新区打造科技创新高地\n一季度居民收入稳步增长\n多地推出消费券促进消费\n某某湾大桥主体工程完工\n秋冬季能源保供有序推进",
            "相关报道：\n1. 某某省召开优化营商环境大会\n2. 今年以来新增减税降费超千亿元\n3. 公共服务平台上线运行",
        ),
    ),
    Family(
        "inline link",
        ("between",),
        (
            "相关阅读：某某市启动新一轮城市更新行动",
            "【相关链接】多部门部署今冬明春保供工作",
            "推荐阅读 >> 一图看懂某某省惠企政策",
            "延伸閱讀：某某區新建三所普惠托育機構",
            "相关新闻：\n某某县特色农业产值突破百亿",
            "▶ 相关报道：某某港开通第五条国际班列",
        ),
    ),
    Family(
        "advert",
        ("between",),
        (
            "广告",
            "推广",
            "AD",
            "—— 广告 ——",
            "赞助内容",
            "廣告",
            "[广告] 某某银行信用卡 新户首刷礼",
        ),
    ),
    Family(
        "e-paper",
        ("above",),
        (
            "第03版：要闻",
            "上一版　下一版",
            "2024年05月06日 星期一 | 第A02版",
            "PDF版",
            "第A07版：經濟",
            "版面导航 | 标题导航",
        ),
    ),
    Family(
        "masthead",
        ("above",),
        (
            "某某侨报 DIARIO DE EJEMPLO(国际刊号 ISSN 1234-5678)官方网站http://www.example.org 新手帮助",
            "某国国家图书馆注册\n国际刊号 ISSN 1234-5678",
            "世界某某媒体协会 团体会员\n国际某某记者联合会 成员",
            "某国华人网创立于2012年",
            "设为首页 | 加入收藏 | 新手帮助",
            "某某华文网(ISSN 2345-6789)",
        ),
    ),
    Family(
        "mirror",
        ("below",),
        (
            "原文链接：https://www.example.com.cn/a/20240506/123.html",
            "阅读原文",
            "本文转载自微信公众号“某某发布”",
            "閱讀原文",
            "原文地址：http://news.example.cn/n1/2023/0412/c1004-3.html",
            "文章转自：某某客户端",
        ),
    ),
    Family(
        "pagination",
        ("below",),
        (
            "上一篇：某某市召开城市更新工作推进会\n下一篇：某某区发布促进消费十条措施",
            "上一篇：没有了\n下一篇：关于做好年度统计工作的通知",
            "1 2 3 下一页",
            "返回顶部",
            "上一頁 1 2 下一頁",
            "【返回顶部】",
            "< 上一篇 | 下一篇 >",
        ),
    ),
    Family(
        "comments",
        ("below",),
        (
            "网友评论",
            "已有0人参与",
            "我要评论",
            "網友評論\n已有12人參與",
            "评论（0）",
            "发表评论 | 查看评论",
            "全部评论 0 条",
        ),
    ),
    Family(
        "sign-off",
        ("below",),
        (
            "（完）",
            "【责任编辑：某某】",
            "编辑：某某 审核：某某某",
            "校对 某某",
            "（責任編輯：某某某）",
            "责编：某某　校对：某某",
            "【编辑:某某】",
            "(完)",
        ),
    ),
    Family(
        "rights",
        ("below",),
        (
            "本文为某某网原创，未经授权不得转载",
            "版权所有",
            "版權所有 © 某某網",
            "京ICP备05012345号-1",
            "京公网安备11010502012345号",
            "举报电话：12377",
            "违法和不良信息举报电话：010-12345678",
            "Copyright © 2008-2024 某某网 All Rights Reserved",
            "主办单位：某某市人民政府办公厅　网站标识码：1100000012",
        ),
    ),
    Family(
        "correction",
        ("below",),
        (
            "【纠错】",
            "[纠错]",
            "【糾錯】",
            "纠错 打印 收藏",
            "我要纠错",
        ),
    ),
    Family(
        "tags",
        ("below",),
        (
            "标签：经济 政策",
            "標籤：外貿 就業",
            "关键词: 消费 / 投资",
            "【标签】乡村振兴 财政",
            "Tags: 稳增长 民生",
        ),
    ),
    Family(
        "counts",
        ("meta", "below"),
        (
            "阅读 1.2万",
            "點贊",
            "阅读：2836",
            "阅读 10万+  在看 326",
            "👍 点赞 1024",
            "收藏 | 点赞 58",
            "浏览量：3万+",
        ),
    ),
)
