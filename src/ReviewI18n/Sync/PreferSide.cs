namespace ReviewI18n.Sync;

/// <summary><c>--prefer</c>: which side wins a conflict. Without it a conflict is only reported.</summary>
public enum PreferSide
{
    None,
    Source,
    Translation,
}
