namespace ReviewI18n.Accuracy.Sections;

/// <summary>One defect planted in a file of the copy, and the finding expected for it.</summary>
public sealed record PlantedDefect(DefectKind Kind, string File, string Section, string Rule, string? Fact, string Detail);
