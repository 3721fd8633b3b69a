namespace InterimExchange.BuildingBlocks.Results;

/// <summary>
/// The outcome of a use case: success, or errors keyed by the field they belong to
/// (an empty key for an error about the whole request), worded for the person who filled the form.
/// </summary>
public sealed record Result(IReadOnlyDictionary<string, string[]> Errors)
{
    public static Result Success { get; } = new(new Dictionary<string, string[]>());

    /// <summary>The id of what the use case created, when it created something.</summary>
    public Guid? Id { get; init; }

    public static Result Created(Guid id) => Success with { Id = id };

    /// <summary>The thing asked for does not exist for this caller: the page answers 404, never another tenant's data.</summary>
    public bool IsNotFound { get; init; }

    public static Result NotFound() => Failure("", "Not found.") with { IsNotFound = true };

    public bool Succeeded => Errors.Count == 0;

    public static Result Failure(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });

    public static Result From(FluentValidation.Results.ValidationResult validation) => new(validation.ToDictionary().AsReadOnly());
}
