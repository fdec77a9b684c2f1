using PageCleaner.Tests.Segmentation;
using PageCleaner.Features.Links;

namespace PageCleaner.Tests.Features;

public sealed class HostNameTests
{
    [Theory]
    [InlineData("https://www.Example.com/a?b", "www.example.com")]
    [InlineData("//cdn.example.org", "cdn.example.org")]
    [InlineData("http://user:pw@shop.example.net:8080/x", "shop.example.net")]
    [InlineData("/relative/path", null)]
    [InlineData("javascript:void(0)", null)]
    [InlineData("mailto:a@b.c", null)]
    public void Host_of_a_url(string url, string? host)
    {
        Assert.Equal(host, HostNames.HostOf(url));
    }

    [Theory]
    [InlineData("www.example.com", "example.com")]
    [InlineData("news.bbc.co.uk", "bbc.co.uk")]
    [InlineData("m.sina.com.cn", "sina.com.cn")]
    [InlineData("example.com", "example.com")]
    [InlineData("10.0.0.1", "10.0.0.1")]
    public void Registrable_domain(string host, string domain)
    {
        Assert.Equal(domain, HostNames.RegistrableDomain(host));
    }

    [Theory]
    [InlineData("xk7q2p9z.xyz")]
    [InlineData("vip.qwrtzkpl8821.top")]
    [InlineData("bcdfghjklm.cc")]
    [InlineData("192.168.3.4")]
    public void Machine_made_hosts_look_random(string host)
    {
        Assert.True(HostNames.Randomness(host) >= PageLinkHosts.RandomThreshold, host);
    }

    [Theory]
    [InlineData("www.example.com")]
    [InlineData("news.bbc.co.uk")]
    [InlineData("wikipedia.org")]
    [InlineData("theguardian.com")]
    public void Ordinary_hosts_do_not(string host)
    {
        Assert.True(HostNames.Randomness(host) < PageLinkHosts.RandomThreshold, host);
    }
}

/// <summary>The page's own domain when it does not declare one.</summary>
public sealed class PageOwnDomainTests
{
    [Fact]
    public void The_most_linked_domain_is_the_pages_own()
    {
        var page = PageCleaner.Tests.Segmentation.Segmenting.Html(
            "<ul><li><a href=\"https://www.site.example/a\">A</a></li><li><a href=\"https://m.site.example/b\">B</a></li>"
            + "<li><a href=\"https://site.example/c\">C</a></li></ul><p><a href=\"http://zz91kq.top/\">spam one</a> <a href=\"http://other.example/\">spam two</a></p>");
        PageLinkHosts hosts = PageLinkHosts.Build(page);
        Assert.Equal("site.example", hosts.OwnDomain);
        Assert.False(hosts.Declared);
        Assert.Equal(0, hosts.Blocks[0].OffSite);
        Assert.Equal(2, hosts.Blocks[page.BlockWith("spam one").Index].OffSite);
        Assert.Equal(3, hosts.PageDomains);
    }

    [Fact]
    public void A_site_of_relative_links_has_every_absolute_link_off_site()
    {
        var page = PageCleaner.Tests.Segmentation.Segmenting.Html(
            "<ul><li><a href=\"/a\">A</a></li><li><a href=\"/b\">B</a></li><li><a href=\"c.html\">C</a></li></ul>"
            + "<p><a href=\"http://zz91kq.top/\">spam one</a></p>");
        PageLinkHosts hosts = PageLinkHosts.Build(page);
        Assert.Equal("", hosts.OwnDomain);
        Assert.Equal(1, hosts.Blocks[page.BlockWith("spam one").Index].OffSite);
    }

    [Fact]
    public void A_declared_address_wins_over_link_counts()
    {
        var page = PageCleaner.Tests.Segmentation.Segmenting.Html(
            "<html><head><meta property=\"og:url\" content=\"https://news.paper.example/story\"></head><body>"
            + "<p><a href=\"https://cdn.other.example/1\">x</a> <a href=\"https://cdn.other.example/2\">y</a> <a href=\"https://paper.example/\">home</a></p></body></html>");
        PageLinkHosts hosts = PageLinkHosts.Build(page);
        Assert.Equal("paper.example", hosts.OwnDomain);
        Assert.True(hosts.Declared);
        Assert.Equal(2, hosts.Blocks[0].OffSite);
    }

    [Theory]
    [InlineData("10.0.0.1", true)]
    [InlineData("[2001:db8::1]", true)]
    [InlineData("10.0.0.1a", false)]
    [InlineData("example.com", false)]
    [InlineData("", false)]
    public void Bare_addresses_are_told_from_names(string host, bool address)
    {
        Assert.Equal(address, HostNames.IsAddress(host));
    }

    [Theory]
    [InlineData("example.com", "example")]
    [InlineData("www.example.com", "example")]
    [InlineData("shop.example.com", "example")]
    [InlineData("x7k2q9v4m1z8p3w6.ex.com", "x7k2q9v4m1z8p3w6")]
    [InlineData("a.b.", "b")]
    [InlineData("localhost", "localhost")]
    public void Randomness_looks_at_the_registrable_label_or_a_longer_one_before_it(string host, string label)
    {
        // The score of the whole host is the score of that label alone.
        Assert.Equal(HostNames.Randomness(label), HostNames.Randomness(host));
    }
}
