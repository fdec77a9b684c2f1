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
