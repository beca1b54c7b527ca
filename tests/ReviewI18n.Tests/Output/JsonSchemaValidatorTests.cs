using ReviewI18n.Tests.Testing.JsonSchema;

namespace ReviewI18n.Tests.Output;

/// <summary>
/// The draft-04 validator the SARIF schema tests rely on: each keyword rejects what it must and
/// accepts what it must, so a passing SARIF validation cannot be a vacuous one; errors name the
/// offending value's JSON path; a schema keyword the validator does not implement stops it loading.
/// </summary>
public sealed class JsonSchemaValidatorTests
{
    /// <summary>An empty <paramref name="path"/> means the instance is valid; otherwise the one error's path and keyword.</summary>
    [Theory]
    [InlineData("""{"type":"integer"}""", "3", "", "")]
    [InlineData("""{"type":"integer"}""", "3.0", "", "")]
    [InlineData("""{"type":"integer"}""", "3.5", "$", "type")]
    [InlineData("""{"type":"number"}""", "3.5", "", "")]
    [InlineData("""{"type":"number"}""", "\"3\"", "$", "type")]
    [InlineData("""{"type":["string","null"]}""", "null", "", "")]
    [InlineData("""{"type":["string","null"]}""", "false", "$", "type")]
    [InlineData("""{"type":"object"}""", "[]", "$", "type")]
    [InlineData("""{"type":"array"}""", "{}", "$", "type")]
    [InlineData("""{"type":"boolean"}""", "0", "$", "type")]
    [InlineData("""{"enum":["a",1]}""", "1.0", "", "")]
    [InlineData("""{"enum":["a",1]}""", "\"A\"", "$", "enum")]
    [InlineData("""{"required":["a"]}""", """{"a":null}""", "", "")]
    [InlineData("""{"required":["a"]}""", """{"b":1}""", "$", "required")]
    [InlineData("""{"required":["a"]}""", "\"not an object\"", "", "")]
    [InlineData("""{"properties":{"a":{"type":"string"}}}""", """{"a":"x","b":1}""", "", "")]
    [InlineData("""{"properties":{"a":{"type":"string"}}}""", """{"a":1}""", "$.a", "type")]
    [InlineData("""{"properties":{"a b":{"type":"string"}}}""", """{"a b":1}""", "$['a b']", "type")]
    [InlineData("""{"properties":{"a":{}},"additionalProperties":false}""", """{"a":1}""", "", "")]
    [InlineData("""{"properties":{"a":{}},"additionalProperties":false}""", """{"a":1,"b":2}""", "$.b", "additionalProperties")]
    [InlineData("""{"additionalProperties":{"type":"string"}}""", """{"x":"1"}""", "", "")]
    [InlineData("""{"additionalProperties":{"type":"string"}}""", """{"x":1}""", "$.x", "type")]
    [InlineData("""{"additionalProperties":true}""", """{"x":1}""", "", "")]
    [InlineData("""{"items":{"type":"integer"}}""", "[1,2]", "", "")]
    [InlineData("""{"items":{"type":"integer"}}""", "[1,\"2\"]", "$[1]", "type")]
    [InlineData("""{"minItems":1}""", "[0]", "", "")]
    [InlineData("""{"minItems":1}""", "[]", "$", "minItems")]
    [InlineData("""{"uniqueItems":true}""", """[{"a":1,"b":2},{"b":2,"a":3}]""", "", "")]
    [InlineData("""{"uniqueItems":true}""", """[{"a":1,"b":2},{"b":2,"a":1.0}]""", "$[1]", "uniqueItems")]
    [InlineData("""{"uniqueItems":false}""", "[1,1]", "", "")]
    [InlineData("""{"minimum":-1}""", "-1", "", "")]
    [InlineData("""{"minimum":-1}""", "-1.5", "$", "minimum")]
    [InlineData("""{"maximum":100.0}""", "100", "", "")]
    [InlineData("""{"maximum":100.0}""", "100.01", "$", "maximum")]
    [InlineData("""{"minimum":0}""", "\"-5\"", "", "")]
    [InlineData("""{"pattern":"[0-9]+(\\.[0-9]+){3}"}""", "\"v1.2.3.4\"", "", "")]
    [InlineData("""{"pattern":"^[0-9]+(\\.[0-9]+){3}$"}""", "\"1.2.3\"", "$", "pattern")]
    [InlineData("""{"pattern":"^\\d$"}""", "\"\u0664\"", "$", "pattern")]
    [InlineData("""{"anyOf":[{"required":["a"]},{"required":["b"]}]}""", """{"b":1}""", "", "")]
    [InlineData("""{"anyOf":[{"required":["a"]},{"required":["b"]}]}""", """{"c":1}""", "$", "anyOf")]
    [InlineData("""{"oneOf":[{"required":["a"]},{"required":["b"]}]}""", """{"a":1}""", "", "")]
    [InlineData("""{"oneOf":[{"required":["a"]},{"required":["b"]}]}""", """{"a":1,"b":1}""", "$", "oneOf")]
    [InlineData("""{"oneOf":[{"required":["a"]},{"required":["b"]}]}""", "{}", "$", "oneOf")]
    [InlineData("""{"properties":{"r":{"$ref":"#/definitions/d"}},"definitions":{"d":{"type":"string"}}}""", """{"r":"x"}""", "", "")]
    [InlineData("""{"properties":{"r":{"$ref":"#/definitions/d"}},"definitions":{"d":{"type":"string"}}}""", """{"r":[]}""", "$.r", "type")]
    [InlineData("""{"items":{"$ref":"#/definitions/node"},"definitions":{"node":{"properties":{"kids":{"items":{"$ref":"#/definitions/node"}},"n":{"type":"integer"}}}}}""",
        """[{"kids":[{"n":1},{"kids":[{"n":"deep"}]}]}]""", "$[0].kids[1].kids[0].n", "type")]
    [InlineData("""{"description":"d","default":1,"title":"t","id":"x","$schema":"http://json-schema.org/draft-04/schema#"}""", "null", "", "")]
    public void Each_keyword_accepts_and_rejects(string schema, string instance, string path, string keyword)
    {
        var errors = SchemaValidator.Parse(schema).Validate(instance);

        if (path.Length == 0) Assert.Empty(errors);
        else Assert.Equal((path, keyword), errors.Select(e => (e.Path, e.Keyword)).Single());
    }

    [Theory]
    [InlineData("https://json.schemastore.org/sarif-2.1.0.json", true, true)]
    [InlineData("urn:isbn:0451450523", true, true)]
    [InlineData("https://example.com/a%20b?q=1#frag", true, true)]
    [InlineData("content/en/a%20b.md", false, true)]
    [InlineData("/absolute/path", false, true)]
    [InlineData("a/b:c", false, true)]
    [InlineData("", false, true)]
    [InlineData("content/en/a b.md", false, false)]
    [InlineData("content/日本.md", false, false)]
    [InlineData("50%.md", false, false)]
    [InlineData("a%zz", false, false)]
    [InlineData("a#b#c", false, false)]
    [InlineData("1a:b", false, false)]
    [InlineData("a<b>", false, false)]
    [InlineData("tab\there", false, false)]
    public void Uri_formats_follow_RFC_3986(string value, bool uri, bool reference)
    {
        Assert.Equal(uri, JsonFormats.IsUri(value));
        Assert.Equal(reference, JsonFormats.IsUriReference(value));
    }

    [Theory]
    [InlineData("2024-02-29T23:59:60Z", true)]
    [InlineData("2016-01-01T10:00:00.123+09:00", true)]
    [InlineData("2016-01-01t10:00:00z", true)]
    [InlineData("2023-02-29T00:00:00Z", false)]
    [InlineData("2016-13-01T00:00:00Z", false)]
    [InlineData("2016-01-01T24:00:00Z", false)]
    [InlineData("2016-01-01T10:00:00", false)]
    [InlineData("2016-01-01 10:00:00Z", false)]
    [InlineData("2016-01-01T10:00:00+0900", false)]
    [InlineData("2016-01-01", false)]
    public void Date_time_follows_RFC_3339(string value, bool valid) => Assert.Equal(valid, JsonFormats.IsDateTime(value));

    [Fact]
    public void Format_applies_to_strings_only_and_reports_the_value_path()
    {
        var validator = SchemaValidator.Parse("""{"properties":{"when":{"format":"date-time"},"uri":{"format":"uri"}}}""");

        Assert.Empty(validator.Validate("""{"when":12,"uri":"https://example.com"}"""));
        Assert.Equal(["$.when", "$.uri"], validator.Validate("""{"when":"yesterday","uri":"relative/path"}""").Select(e => e.Path));
    }

    [Theory]
    [InlineData("""{"properties":{"a":{"exclusiveMinimum":true}}}""", "#/properties/a/exclusiveMinimum")]
    [InlineData("""{"patternProperties":{"^x-":{}}}""", "#/patternProperties")]
    [InlineData("""{"items":[{"type":"string"}]}""", "#/items")]
    [InlineData("""{"format":"email"}""", "#/format")]
    [InlineData("""{"type":"int"}""", "#/type")]
    [InlineData("""{"$ref":"#/definitions/missing"}""", "#: $ref")]
    [InlineData("""{"$ref":"other.json#/x"}""", "#: $ref")]
    [InlineData("""{"$ref":"#/definitions/d","type":"string","definitions":{"d":{}}}""", "#: keywords beside $ref are ignored by draft-04: type")]
    [InlineData("""{"anyOf":[{"not":{}}]}""", "#/anyOf/0/not")]
    [InlineData("""{"properties":{"p":{"definitions":{}}}}""", "#/properties/p/definitions")]
    [InlineData("""{"pattern":"("}""", "#/pattern")]
    public void A_schema_keyword_it_does_not_implement_stops_it_loading(string schema, string where)
    {
        var error = Assert.Throws<NotSupportedException>(() => SchemaValidator.Parse(schema));

        Assert.StartsWith(where, error.Message, StringComparison.Ordinal);
    }
}
