namespace OfficeDx.Service.Authorization;

/// <summary>The app roles declared on the Entra app registration (appRoles, value) and the policies built on them.</summary>
public static class AppRoles
{
    /// <summary>Writes the plan in Word: measure fragments, the glossary.</summary>
    public const string Drafter = "drafter";

    /// <summary>A department: checks and submits the workbooks of its own department only.</summary>
    public const string Department = "department";

    /// <summary>The DX office: everything, all submissions and the merged plan included.</summary>
    public const string DxOffice = "dxoffice";

    /// <summary>Policy: anyone signed in with one of the roles (what every pane needs to build its form).</summary>
    public const string AnyRolePolicy = "odx-any-role";

    /// <summary>Policy: the Word pane's calls (drafter or DX office).</summary>
    public const string DrafterPolicy = "odx-drafter";

    /// <summary>Policy: the Excel pane's calls (department or DX office); the department is checked against the workbook on top.</summary>
    public const string DepartmentPolicy = "odx-department";

    /// <summary>Policy: the DX office only.</summary>
    public const string DxOfficePolicy = "odx-dxoffice";
}
