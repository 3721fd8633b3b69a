using System.Reflection;

namespace InterimExchange.ArchitectureTests;

/// <summary>Codes never reach a page, an email or a notification: every enum a person reads has its words, one home for them.</summary>
public sealed class EnumWordsTests
{
    /// <summary>Enums that only code reads: they choose a path, a person never sees them.</summary>
    private static readonly string[] NeverShown = ["InvitationTokenStatus", "BriefingLinkStatus", "EvaluatorRole", "ClosingKind", "OrganisationKind"];

    public static TheoryData<string> ShownEnums =>
        [.. ModuleRulesTests.Contracts.SelectMany(c => c.GetExportedTypes()).Where(t => t.IsEnum && !NeverShown.Contains(t.Name)).Select(t => t.AssemblyQualifiedName!)];

    [Theory]
    [MemberData(nameof(ShownEnums))]
    public void Every_value_of_an_enum_a_person_reads_has_its_words(string enumType)
    {
        var type = Type.GetType(enumType, throwOnError: true)!;
        var words = type.Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .SingleOrDefault(m => m.Name is "Describe" or "Of" && m.ReturnType == typeof(string) && m.GetParameters() is [var only] && only.ParameterType == type);
        words.ShouldNotBeNull($"{type.Name} has no method that says its values in words");

        foreach (var value in Enum.GetValues(type))
        {
            var said = (string)words.Invoke(null, [value])!;
            said.ShouldNotBeNullOrWhiteSpace($"{type.Name}.{value}");
            // A code of more than one word (NoFit) must never reach a person as it is.
            if (value.ToString()!.Skip(1).Any(char.IsUpper))
            {
                said.ShouldNotBe(value.ToString(), $"{type.Name}.{value} is shown as its code");
            }
        }
    }
}
