namespace InterimExchange.BuildingBlocks.Changes;

/// <summary>
/// A rule of an entity's state that a change would break ("a brief cannot be routed before its success criteria are confirmed").
/// Entities throw it; <see cref="Changes{TContext}"/> turns it into the page's error. No module catches it itself.
/// </summary>
public sealed class BusinessRuleException(string message, string field = "") : Exception(message)
{
    /// <summary>The form field the rule is about, or empty when it is about the whole request.</summary>
    public string Field { get; } = field;

    /// <summary>Throws when <paramref name="rule"/> does not hold; <paramref name="message"/> is read by the person who asked.</summary>
    public static void Require(bool rule, string message, string field = "")
    {
        if (!rule)
        {
            throw new BusinessRuleException(message, field);
        }
    }
}
