using System.Globalization;
using System.Text.Json;
using OfficeDx.Documents.Ooxml;

// officedx-validate CULTURE UI-CULTURE FILE…: validates each file as `officedx validate` does in process (DocumentValidation) and
// writes one JSON line per file to standard output: {"errors":[{"part":…,"xpath":…,"description":…,"id":…}]}. At the first file it
// cannot validate (unreadable, damaged, refused by the input limits…) it stops and exits 3 without a word: officedx then validates
// that file and the rest in process, which reports the failure exactly as it always has.
if (args.Length < 2) return 2;
CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(args[0]);
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(args[1]);
using var output = Console.OpenStandardOutput();
foreach (var file in args.Skip(2))
{
    IReadOnlyList<DocumentValidationError> errors;
    try
    {
        errors = DocumentValidation.Validate(File.ReadAllBytes(file), file);
    }
    catch (Exception)
    {
        return 3;
    }
    using (var json = new Utf8JsonWriter(output))
    {
        json.WriteStartObject();
        json.WriteStartArray("errors");
        foreach (var error in errors)
        {
            json.WriteStartObject();
            json.WriteString("part", error.Part);
            json.WriteString("xpath", error.XPath);
            json.WriteString("description", error.Description);
            json.WriteString("id", error.Id);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
    output.WriteByte((byte)'\n');
    output.Flush();
}
return 0;
