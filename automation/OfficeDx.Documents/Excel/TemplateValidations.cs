using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Excel;

/// <summary>The data validations of the template, each with a Japanese input message and a stop alert that names what is allowed.</summary>
internal static class TemplateValidations
{
    public static DataValidation Phases(string range) => new(
        new Formula1("\"" + string.Join(",", PhaseLabels) + "\""))
    {
        Type = DataValidationValues.List,
        AllowBlank = true,
        ShowInputMessage = true,
        ShowErrorMessage = true,
        ErrorStyle = DataValidationErrorStyleValues.Stop,
        PromptTitle = "取組スケジュール",
        Prompt = $"この年度の取組を一覧から選んでください（{string.Join("／", PhaseLabels)}）。取組のない年度は空欄にします。",
        ErrorTitle = "一覧にない入力です",
        Error = $"「{string.Join("」「", PhaseLabels)}」のどれかを一覧から選んでください（「継続」などの略記は使えません）。",
        SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
    };

    public static DataValidation Areas(string range) => new(new Formula1(ExcelLayout.AreasName))
    {
        Type = DataValidationValues.List,
        AllowBlank = true,
        ShowInputMessage = true,
        ShowErrorMessage = true,
        ErrorStyle = DataValidationErrorStyleValues.Stop,
        PromptTitle = "新しい施策の分野",
        Prompt = "新しい施策を提案するときは、載せる分野を一覧から選んでください。",
        ErrorTitle = "一覧にない分野です",
        Error = "分野は一覧から選んでください。",
        SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
    };

    public static DataValidation Actuals(string range) => new(
        new Formula1("-999999999999"), new Formula2("999999999999"))
    {
        Type = DataValidationValues.Decimal,
        Operator = DataValidationOperatorValues.Between,
        AllowBlank = true,
        ShowInputMessage = true,
        ShowErrorMessage = true,
        ErrorStyle = DataValidationErrorStyleValues.Stop,
        PromptTitle = "実績値",
        Prompt = "この年度の実績を数値で入力してください（単位は「単位」列のとおり。38.4% なら 38.4）。分からないときは空欄のままにします。",
        ErrorTitle = "数値を入力してください",
        Error = "実績値は数値だけを入力してください。「約100」のような概数や文字は使えません。",
        SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
    };

    /// <summary>The phase labels offered in the drop-down, in plan order; a blank cell means no phase.</summary>
    public static IReadOnlyList<string> PhaseLabels { get; } =
        [Phase.Preparation.Label(), Phase.Implementation.Label(), Phase.Continuation.Label()];
}
