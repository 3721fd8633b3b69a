namespace InterimExchange.BuildingBlocks.Changes;

/// <summary>
/// A rule of an entity's state that a change would break ("a brief cannot be routed before its success criteria are confirmed").
/// Entities throw it; <see cref="Changes{TContext}"/> turns it into the page's error. No module catches it itself.
/// </summary>
public sealed class BusinessRuleException : Exception
{
    public BusinessRuleException(string message, string field = "")
        : this([(field, message)])
    {
    }

    /// <summary>A rule broken by several parts of one request at once, each told next to its own field (each firm refused for a routing).</summary>
    public BusinessRuleException(IReadOnlyList<(string Field, string Message)> errors)
        : base(string.Join(" ", errors.Select(e => e.Message))) => Errors = errors;

    /// <summary>The form field the rule is about, or empty when it is about the whole request.</summary>
    public string Field => Errors[0].Field;

    /// <summary>Each field the rule is about (empty: the whole request) with what the person who asked reads there.</summary>
    public IReadOnlyList<(string Field, string Message)> Errors { get; }

    /// <summary>Throws when <paramref name="rule"/> does not hold; <paramref name="message"/> is read by the person who asked.</summary>
    public static void Require(bool rule, string message, string field = "")
    {
        if (!rule)
        {
            throw new BusinessRuleException(message, field);
        }
    }
}
