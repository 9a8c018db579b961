namespace ErpNext.Fake.Controls;

/// <summary>The API key pair the site currently accepts (swapped whole on rotation).</summary>
internal sealed record ApiCredentials(string Key, string Secret);
