namespace OfficeDx.Documents.Writing;

/// <summary>Whether a label cell starts or continues a vertical merge (w:vMerge), or stands alone.</summary>
internal enum VerticalMerge
{
    None,
    Restart,
    Continue,
}
