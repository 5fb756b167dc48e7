namespace OfficeDx.Documents.Ooxml;

/// <summary>The bookmark that carries one content control's tag through LibreOffice: its number, the tag, and whether the control is a block.</summary>
internal sealed record TagBookmark(int Number, string Tag, bool Block)
{
    public string Name => TagBookmarks.Name(Number);
}
