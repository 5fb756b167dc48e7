namespace OfficeDx.Fuzz.Running;

/// <summary>What a fuzz input is: a file or request body one of the entry points takes.</summary>
public enum InputKind
{
    Docx,
    Xlsx,
    Plan,
    Terms,
    Batch,
    /// <summary>A flat-OPC fragment in the JSON body of /api/word/fragments/read, check and document.</summary>
    Fragment,
    /// <summary>The JSON body of /api/word/fragments/measure-table and schedule-rows.</summary>
    MeasureRequest,
    /// <summary>The JSON body of /api/excel/template.</summary>
    TemplateRequest,
    /// <summary>PDF-extracted plan text for `officedx import FILE.txt`.</summary>
    Text,
    /// <summary>A profile file (JSON) in a --profiles folder.</summary>
    Profile,
    /// <summary>Two short hostile values: command-line options, route segments, query strings and form fields.</summary>
    Words,
}
