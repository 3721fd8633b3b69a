using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace InterimExchange.Web;

/// <summary>
/// Every list table (<c>table class="list"</c>) gives each cell its column's label, so that on a phone, where the rows become
/// cards and the header is hidden, a cell still says what it is ("Respond by: 18 Dec 2026"). One place, for every table.
/// </summary>
[HtmlTargetElement("table", Attributes = "class")]
public sealed partial class LabelledTable : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (!(output.Attributes["class"]?.Value?.ToString() ?? "").Split(' ').Contains("list"))
        {
            return;
        }

        var html = (await output.GetChildContentAsync()).GetContent();
        var head = Head().Match(html);
        if (!head.Success)
        {
            return;
        }

        var labels = HeaderCell().Matches(head.Value)
            .Select(cell => WebUtility.HtmlEncode(WebUtility.HtmlDecode(Tag().Replace(cell.Groups[1].Value, "")).Trim()))
            .ToList();
        var end = head.Index + head.Length;
        var body = Row().Replace(html[end..], row =>
        {
            var column = 0;
            return Cell().Replace(row.Value, cell => column < labels.Count && labels[column++] is { Length: > 0 } label ? $"<td data-label=\"{label}\"" : cell.Value);
        });
        output.Content.SetHtmlContent(html[..end] + body);
    }

    [GeneratedRegex("<thead>.*?</thead>", RegexOptions.Singleline)]
    private static partial Regex Head();

    [GeneratedRegex("<th\\b[^>]*>(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex HeaderCell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("<tr\\b.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<td\\b")]
    private static partial Regex Cell();
}
