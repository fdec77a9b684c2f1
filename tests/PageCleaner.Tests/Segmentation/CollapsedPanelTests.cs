using PageCleaner.Segmentation;

namespace PageCleaner.Tests.Segmentation;

public sealed class CollapsedPanelTests
{
    private const string Panel = """<div id="specs" role="region" aria-hidden="true" style="display:none;height:0;overflow:hidden"><p>Seat height: 20 inches</p></div>""";

    [Theory]
    [InlineData("""<h2><button aria-controls="specs" aria-expanded="false">Specifications</button></h2>""" + Panel, false)]
    [InlineData(Panel + """<button aria-controls='specs' aria-expanded=false>Specifications</button>""", false)]
    [InlineData("""<button aria-controls = "specs" >Specifications</button>""" + Panel, false)]
    [InlineData("""<button ARIA-CONTROLS="reviews specs">More</button>""" + Panel, false)]
    [InlineData("""<button aria-controls=specs>Specifications</button>""" + Panel, false)]
    [InlineData(Panel, true)]
    [InlineData("""<button aria-controls="spec">Specifications</button>""" + Panel, true)]
    [InlineData("""<p>Do not set aria-controls on a div.</p>""" + Panel, true)]
    public void A_region_that_a_control_opens_is_read_and_one_without_its_control_is_hidden(string body, bool hidden)
    {
        var page = Segmenting.Html($"<body>{body}<p>The chair itself.</p></body>");
        Assert.Equal(hidden, page.BlockWith("Seat height").Hidden);
    }

    [Fact]
    public void Unselected_tabs_are_read()
    {
        var page = Segmenting.Html("""
            <body><div role="tablist"><button role="tab" aria-controls="t1" aria-selected="true">Description</button>
            <button role="tab" aria-controls="t2" aria-selected="false">Details</button></div>
            <div id="t1" role="tabpanel"><p>A chair for long days.</p></div>
            <div id="t2" role="tabpanel" hidden><p>Frame of beech wood.</p></div></body>
            """);
        Assert.False(page.BlockWith("beech").Hidden);
    }

    [Theory]
    [InlineData("div", "class=\"cdr-accordion__content cdr-accordion--closed\"", false)]
    [InlineData("section", "class=\"toggle__content\"", false)]
    [InlineData("div", "class=\"collapse-nav\"", true)]
    [InlineData("div", "class=\"accordion-menu\"", true)]
    [InlineData("ul", "class=\"accordion\"", true)]
    [InlineData("div", "class=\"drawer\"", true)]
    public void Without_a_role_an_accordion_is_known_by_its_class_or_id(string tag, string attribute, bool hidden)
    {
        var page = Segmenting.Html($$"""
            <body><button aria-controls="p" aria-expanded="false">Returns</button>
            <{{tag}} id="p" {{attribute}} style="display:none"><li>Free returns within 30 days.</li></{{tag}}><p>Shoes.</p></body>
            """);
        Assert.Equal(hidden, page.BlockWith("Free returns").Hidden);
    }

    [Fact]
    public void An_id_that_names_an_accordion_will_do()
    {
        var page = Segmenting.Html("""
            <body><button aria-controls="accordion-2-collapsible">Sizing</button>
            <div id="accordion-2-collapsible" aria-hidden="true"><p>Runs half a size small.</p></div><p>Shoes.</p></body>
            """);
        Assert.False(page.BlockWith("half a size").Hidden);
    }

    [Theory]
    [InlineData("menu")]
    [InlineData("dialog")]
    [InlineData("navigation")]
    [InlineData("")]
    public void Menus_and_dialogs_opened_by_a_button_stay_hidden(string role)
    {
        var page = Segmenting.Html($"""
            <body><button aria-controls="m" aria-expanded="false">Menu</button>
            <div id="m" role="{role}" style="display:none"><a href="/news">News</a></div><p>Story.</p></body>
            """);
        Assert.True(page.BlockWith("News").Hidden);
    }

    [Fact]
    public void Text_hidden_inside_an_opened_panel_stays_hidden()
    {
        var page = Segmenting.Html("""
            <body><button aria-controls="faq">FAQ</button><div id="faq" role="region" hidden><p>Answer one.</p>
            <p style="display:none">cheap pills</p></div></body>
            """);
        Assert.False(page.BlockWith("Answer one").Hidden);
        Assert.True(page.BlockWith("cheap pills").Hidden);
    }

    [Fact]
    public void Controlled_ids_are_read_from_every_aria_controls_attribute()
    {
        var ids = CollapsedPanels.ControlledIds("""<a aria-controls="a b">x</a><b aria-controls='c'></b><i aria-controls=d></i><u aria-controls="e""");
        Assert.Equal(["a", "b", "c", "d"], ids.Order());
    }
}
