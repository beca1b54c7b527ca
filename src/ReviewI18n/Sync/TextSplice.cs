namespace ReviewI18n.Sync;

/// <summary>Replace <c>[Start, End)</c> of a text with <see cref="Text"/>; <see cref="Order"/> keeps inserts at one place in key order.</summary>
public readonly record struct TextSplice(int Start, int End, string Text, int Order);
