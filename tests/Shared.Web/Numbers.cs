using System.Text.RegularExpressions;

namespace InterimExchange.Testing;

/// <summary>
/// A number looked for in a page or an email: it must stand apart. Pages and emails hold random ids, antiforgery tokens and
/// signed links whose letters, digits and <c>-+/=_</c> may contain any digits ("1400" is a GUID's group as easily as a rate), so a
/// match next to one of those is not the number. Written with a thousands separator ("1,873"), it matches with or without it.
/// </summary>
public static class Numbers
{
    private const string Around = @"[\w\-+/=]";

    /// <summary>The pattern of <paramref name="number"/> standing apart, for a regex assertion (Playwright's too).</summary>
    public static Regex StandingApart(string number) =>
        new($"(?<!{Around}|\\d[.,]){Regex.Escape(number).Replace(",", ",?", StringComparison.Ordinal)}(?!{Around}|[.,]\\d)");

    public static bool Shows(this string text, string number) => StandingApart(number).IsMatch(text);

    public static void ShouldShowNumber(this string text, string number, string? where = null) =>
        text.Shows(number).ShouldBeTrue($"{number} should show{(where is null ? "" : $" on {where}")}");

    public static void ShouldNotShowNumber(this string text, string number, string? where = null) =>
        text.Shows(number).ShouldBeFalse($"{number} should not show{(where is null ? "" : $" on {where}")}");
}
