using System.Text;

namespace InterimExchange.BuildingBlocks;

/// <summary>Text that people write and others read elsewhere: in a page, an email's header, a calendar file.</summary>
public static class PlainText
{
    /// <summary>
    /// A name, title or reason as one line: each line break, tab or other control character (C0 and C1, and the Unicode line and
    /// paragraph separators) becomes a space, a run of them one space, and the ends are trimmed. Such characters have no place in a
    /// single line, and in a calendar file or a header they would start a line of their own.
    /// </summary>
    public static string SingleLine(string value)
    {
        var line = new StringBuilder(value.Length);
        var broken = false;
        foreach (var c in value)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                broken = true;
                continue;
            }

            if (broken && line.Length > 0 && line[^1] != ' ' && c != ' ')
            {
                line.Append(' ');
            }

            broken = false;
            line.Append(c);
        }

        return line.ToString().Trim();
    }

    /// <inheritdoc cref="SingleLine(string)"/>
    public static string? SingleLineOrNull(string? value) => value is null ? null : SingleLine(value);
}
