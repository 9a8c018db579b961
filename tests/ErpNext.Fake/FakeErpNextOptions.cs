namespace ErpNext.Fake;

/// <summary>How to start a <see cref="FakeErpNextServer"/>.</summary>
public sealed class FakeErpNextOptions
{
    /// <summary>Fixture text (api-contract.md "Fixture format"); takes precedence over <see cref="FixturePath"/>.</summary>
    public string? FixtureJson { get; set; }

    /// <summary>A fixture file; with neither this nor <see cref="FixtureJson"/> the site is empty.</summary>
    public string? FixturePath { get; set; }

    public string ApiKey { get; set; } = "test-key";

    public string ApiSecret { get; set; } = "test-secret";

    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; }

    internal void Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrEmpty(ApiKey))
        {
            errors.Add("ApiKey must not be empty.");
        }

        if (string.IsNullOrEmpty(ApiSecret))
        {
            errors.Add("ApiSecret must not be empty.");
        }

        if (Port is < 0 or > 65535)
        {
            errors.Add($"Port must be 0..65535, was {Port}.");
        }

        if (FixtureJson is null && FixturePath is not null && !File.Exists(FixturePath))
        {
            errors.Add($"FixturePath '{FixturePath}' does not exist.");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid FakeErpNextOptions: " + string.Join(" ", errors));
        }
    }
}
