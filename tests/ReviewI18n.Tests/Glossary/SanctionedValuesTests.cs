using ReviewI18n.Configuration;
using ReviewI18n.Glossary;

namespace ReviewI18n.Tests.Glossary;

public sealed class SanctionedValuesTests
{
    [Fact]
    public void Reads_flow_and_block_forms_and_lists_of_accepted_values()
    {
        var values = SanctionedValues.Parse("""
            company_id: { logitech: { ja: logicool }, jvc: { ja: [victor, jvc-kenwood] } }
            target_name:
              Logitech:
                ja: Logicool
            """);
        Assert.Equal("logicool", values.LocalFor("company_id", "logitech", "ja"));
        Assert.Equal("victor", values.LocalFor("company_id", "jvc", "ja"));
        Assert.True(values.IsSanctioned("company_id", "jvc", "ja", "jvc-kenwood"));
        Assert.False(values.IsSanctioned("company_id", "jvc", "ja", "sony"));
        Assert.Null(values.LocalFor("company_id", "logitech", "fr"));
        Assert.Equal("Logicool", values.LocalFor("target_name", "Logitech", "ja"));
    }

    [Fact]
    public void A_wrong_shape_is_a_configuration_error_with_its_line()
    {
        var ex = Assert.Throws<ConfigurationException>(() => SanctionedValues.Parse("company_id:\n  logitech: logicool\n"));
        Assert.Contains("line 2", ex.Message);
    }

    [Fact]
    public void The_bundled_glossary_sanctions_logicool_for_the_sample_site()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "glossary");
        var values = SanctionedValues.Load(folder);
        Assert.Equal("logicool", values.LocalFor("company_id", "logitech", "ja"));
    }
}
