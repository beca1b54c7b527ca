using ReviewI18n.Content;

namespace ReviewI18n.Reports;

/// <summary>What reports show about a review besides its findings: company, title, date, where a missing translation goes.</summary>
public static class ReviewInfo
{
    /// <summary>
    /// The company a review belongs to: a company review is its own; a product review names it in
    /// <c>company_id</c>, or failing that in the folder it sits in.
    /// </summary>
    public static string CompanyOf(ReviewDocument doc)
    {
        if (doc.Collection.Name == "companies") return doc.Key;
        if (doc.FrontMatter?.GetScalar("company_id") is { Length: > 0 } id) return id;
        var folder = Path.GetFileName(Path.GetDirectoryName(doc.RelativePath) ?? "");
        return folder.Length > 0 && folder != doc.Locale ? folder : "(none)";
    }

    public static string TitleOf(ReviewDocument doc) =>
        doc.FrontMatter?.GetScalar("title") is { Length: > 0 } title ? title
        : doc.FrontMatter?.GetScalar("target_name") is { Length: > 0 } name ? name
        : doc.Key;

    /// <summary>The front-matter <c>date</c>, when it reads as a date.</summary>
    public static DateOnly? DateOf(ReviewDocument doc)
    {
        var text = doc.FrontMatter?.GetScalar("date");
        if (text is null || text.Length < 10) return null;
        return DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>Where the translation of <paramref name="source"/> into <paramref name="locale"/> belongs: the same place under the locale's folder.</summary>
    public static string TranslationPathOf(ReviewDocument source, string locale)
    {
        var sourceRoot = source.Collection.PathFor(source.Locale).TrimEnd('/') + "/";
        var targetRoot = source.Collection.PathFor(locale).TrimEnd('/') + "/";
        return source.RelativePath.StartsWith(sourceRoot, StringComparison.Ordinal)
            ? targetRoot + source.RelativePath[sourceRoot.Length..]
            : source.RelativePath;
    }
}
