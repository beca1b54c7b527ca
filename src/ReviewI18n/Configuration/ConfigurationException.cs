namespace ReviewI18n.Configuration;

/// <summary>A configuration problem: the CLI prints it on one line and exits with code 2.</summary>
public sealed class ConfigurationException(string file, string message, int? line = null) : Exception(message)
{
    public string File { get; } = file;

    public int? Line { get; } = line;

    public override string ToString() => Line is { } l ? $"{File}:{l}: {Message}" : $"{File}: {Message}";
}
