namespace InterimExchange.BuildingBlocks.Results;

/// <summary>
/// The outcome of a use case: success, or errors keyed by the field they belong to
/// (an empty key for an error about the whole request), worded for the person who filled the form.
/// </summary>
public sealed record Result(IReadOnlyDictionary<string, string[]> Errors)
{
    public static Result Success { get; } = new(new Dictionary<string, string[]>());

    public bool Succeeded => Errors.Count == 0;

    public static Result Failure(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });

    public static Result From(FluentValidation.Results.ValidationResult validation) => new(validation.ToDictionary().AsReadOnly());
}
