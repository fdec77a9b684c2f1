using PageCleaner.Features.Extractors;
using PageCleaner.Tests.Segmentation;

namespace PageCleaner.Tests.Features;

public sealed class SpacedCjkFeatureTests
{
    [Theory]
    [InlineData("外交部 国防部 教育部", 2)]
    [InlineData("外交部　国防部\t教育部  科技部", 3)]
    [InlineData("国务院办公厅发布通知，要求各地加强管理。", 0)]
    [InlineData("Hello 世界 and 你好", 0)]
    [InlineData("東京 大阪", 1)]
    [InlineData("한국어 문장 입니다", 0)]
    [InlineData("", 0)]
    public void Gaps_are_counted_only_between_two_han_or_kana_characters(string text, int gaps)
    {
        Assert.Equal(gaps, SpacedCjkFeatures.CountGaps(text));
    }

    [Fact]
    public void A_flattened_list_scores_higher_than_prose()
    {
        var rows = new FeatureRows(Segmenting.Text("国务院办公厅今天发布通知，要求各地区各部门加强管理，做好相关工作。\n外交部 国防部 教育部 科学技术部 工业和信息化部\n"));
        Assert.Equal(0f, rows.Of("国务院", "text.cjk_spaced_items"));
        Assert.InRange(rows.Of("外交部", "text.cjk_spaced_items"), 0.15f, 0.25f);
    }
}
