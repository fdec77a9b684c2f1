namespace PageCleaner.Tests;

/// <summary>Pages written for these tests (no text taken from real sites).</summary>
internal static class SamplePages
{
    public static readonly string[] ArticleParagraphs =
    [
        "The town council of Millbrook voted on Tuesday evening to rebuild the old stone bridge over the Wren river, ending a debate that has divided residents for almost three years.",
        "Engineers told councillors that the bridge, built in 1868, can no longer carry delivery lorries safely. A weight limit of seven tonnes has been in place since the spring, forcing heavy traffic onto a detour of eleven kilometres.",
        "The approved plan keeps the three original arches and adds a reinforced concrete deck beneath the cobbles. Work is expected to start in March and to last about fourteen months, during which a temporary footbridge will be installed.",
        "Shopkeepers on Market Street, who had campaigned for a quick decision, welcomed the vote. \"Every week of the detour costs us customers,\" said Hannah Okafor, who runs a bakery a few steps from the river.",
        "Opponents had argued for a new crossing further downstream, saying it would take traffic out of the historic centre altogether. The council rejected that option because it would have required buying farmland and building a new access road.",
        "The project will cost an estimated 4.2 million pounds, two thirds of which will come from a regional infrastructure fund. The remainder will be borrowed over twenty years, adding roughly nine pounds a year to the average household bill.",
    ];

    /// <summary>An English news page: navigation, an article of six paragraphs, a related list and a footer.</summary>
    public static string EnglishArticle { get; } = $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Millbrook council votes to rebuild Wren bridge | The Millbrook Courier</title>
        <style>.nav a { margin: 0 4px }</style>
        <script>window.analytics = { page: "article" };</script>
        </head>
        <body>
        <header class="site-header">
          <div class="logo"><a href="/">The Millbrook Courier</a></div>
          <nav class="main-nav">
            <ul>
              <li><a href="/news">News</a></li>
              <li><a href="/sport">Sport</a></li>
              <li><a href="/business">Business</a></li>
              <li><a href="/opinion">Opinion</a></li>
              <li><a href="/weather">Weather</a></li>
              <li><a href="/contact">Contact</a></li>
            </ul>
          </nav>
        </header>
        <main>
          <div class="article-body" id="story">
            <h1>Millbrook council votes to rebuild Wren bridge</h1>
            <p class="byline">By Tomas Reyes · 11 March 2025, 18:40</p>
            <p>{{ArticleParagraphs[0]}}</p>
            <p>{{ArticleParagraphs[1]}}</p>
            <p>{{ArticleParagraphs[2]}}</p>
            <p>{{ArticleParagraphs[3]}}</p>
            <p>{{ArticleParagraphs[4]}}</p>
            <p>{{ArticleParagraphs[5]}}</p>
          </div>
          <aside class="related">
            <h3>Related stories</h3>
            <ul>
              <li><a href="/news/detour-traffic">Detour traffic doubles on Hill Road...</a></li>
              <li><a href="/news/market-street">Market Street traders fear another year of roadworks</a></li>
              <li><a href="/news/river-levels">River levels fall after dry February</a></li>
            </ul>
          </aside>
        </main>
        <footer class="site-footer">
          <p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a> | <a href="/cookies">Cookie settings</a></p>
          <p>© 2025 Millbrook Courier Ltd. All rights reserved.</p>
        </footer>
        </body>
        </html>
        """;

    public static readonly string[] ChineseParagraphs =
    [
        "入夏以来，本市多个社区陆续开放了夜间运动场地，居民下班后可以在灯光球场打篮球、踢足球，也可以在健身步道上慢跑。",
        "据市体育局介绍，今年新增的二十三处夜间场地大多由原有的学校操场和公园空地改造而成，每晚开放到十点，周末延长到十一点。",
        "不少居民表示，过去晚上只能在小区里散步，现在有了专门的场地，孩子们放学后也多了一个锻炼身体的去处。",
        "体育局相关负责人说，下一步将根据居民的意见调整开放时间，并在部分场地增加饮水点和休息座椅，方便老年人使用。",
    ];

    /// <summary>
    /// A Simplified-Chinese content-farm page as a text dump: navigation, an article, farm furniture, and a last line
    /// of '|'-joined gambling and porn titles injected by a third party.
    /// </summary>
    public static string ChineseFarmDump { get; } = string.Join("\n",
    [
        "首页 > 资讯 > 本地新闻",
        "多个社区开放夜间运动场地 居民下班后有了锻炼好去处",
        "来源：网络整理  发布时间：2025-07-22 14:18:48  阅读：2031",
        "",
        ChineseParagraphs[0],
        "",
        ChineseParagraphs[1],
        "",
        ChineseParagraphs[2],
        "",
        ChineseParagraphs[3],
        "",
        "免责声明：本文来源于网络，仅供参考，如有侵权请联系删除。",
        "上一篇：暑期游泳馆开放时间调整",
        "下一篇：社区图书室增加自习座位",
        "相关推荐",
        "夏天跑步要注意什么？专家提醒这几点...",
        "晚上锻炼好还是早上锻炼好",
        "Copyright © 2025 资讯网 All Rights Reserved.",
        "澳门赌场真人百家乐在线玩|六合彩开奖结果今晚直播|老虎机注册送彩金|成人无码视频免费看|午夜福利视频合集|时时彩稳赚计划群|网上棋牌赢现金提款秒到",
    ]);
}
