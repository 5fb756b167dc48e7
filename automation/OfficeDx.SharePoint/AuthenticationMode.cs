namespace OfficeDx.SharePoint;

/// <summary>How officedx signs in to Microsoft Graph.</summary>
public enum AuthenticationMode
{
    /// <summary>DefaultAzureCredential: environment, workload identity, managed identity, Azure CLI … in that order.</summary>
    Default,
    /// <summary>An app registration with a client secret (unattended jobs).</summary>
    ClientSecret,
    /// <summary>An app registration with a certificate (unattended jobs; preferred over a secret).</summary>
    Certificate,
    /// <summary>The managed identity of the Azure resource officedx runs on.</summary>
    ManagedIdentity,
    /// <summary>A federated token file (Kubernetes, GitHub Actions OIDC).</summary>
    WorkloadIdentity,
    /// <summary>A person at a terminal signs in with a code shown on screen.</summary>
    DeviceCode,
}
