using System.Security.Cryptography;
using System.Text;
using Promise.ErpClient.Tests.Support;
using Promise.ErpClient.Webhooks;

namespace Promise.ErpClient.Tests.Webhooks;

public sealed class WebhookHandlerTests
{
    private static string Sign(string body, string secret = "hook-secret") =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData("""{"doctype": "Stock Ledger Entry", "item_code": "SKU-2", "warehouse": "Stores - AC"}""")]
    [InlineData("""{"doctype": "Purchase Order", "name": "PO-1", "items": ["SKU-2", "SKU-3"]}""")]
    [InlineData("""{"doctype": "Sales Order", "name": "SO-1", "items": [{"item_code": "sku-2"}]}""")]
    public async Task Handle_ValidSignature_InvalidatesTheNamedItems(string body)
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        await erp.SnapshotAsync("SKU-2");
        erp.Stub.Reset();

        var outcome = await erp.Webhooks.HandleAsync(Encoding.UTF8.GetBytes(body), Sign(body), CancellationToken.None);
        await erp.SnapshotAsync("SKU-2");

        Assert.Equal(WebhookOutcome.Invalidated, outcome);
        Assert.Equal(1, erp.Stub.Count("Bin"));
        Assert.Equal(0, erp.Stub.Count("Item")); // masters are not affected by stock movements
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public async Task Handle_MissingOrWrongSignature_IsRejectedAndEvictsNothing(string? signature)
    {
        await using var erp = new ErpHarness();
        erp.Stub.Seed();
        await erp.SnapshotAsync("SKU-2");
        erp.Stub.Reset();
        const string body = """{"doctype": "Stock Ledger Entry", "item_code": "SKU-2"}""";

        var outcome = await erp.Webhooks.HandleAsync(Encoding.UTF8.GetBytes(body), signature, CancellationToken.None);
        await erp.SnapshotAsync("SKU-2");

        Assert.Equal(WebhookOutcome.BadSignature, outcome);
        Assert.Empty(erp.Stub.Calls);
    }

    [Fact]
    public async Task Handle_SignatureOfAnotherSecretOrBody_IsRejected()
    {
        await using var erp = new ErpHarness();
        const string body = """{"doctype": "Stock Ledger Entry", "item_code": "SKU-2"}""";

        Assert.Equal(WebhookOutcome.BadSignature, await erp.Webhooks.HandleAsync(Encoding.UTF8.GetBytes(body), Sign(body, "other"), CancellationToken.None));
        Assert.Equal(WebhookOutcome.BadSignature, await erp.Webhooks.HandleAsync(Encoding.UTF8.GetBytes(body + " "), Sign(body), CancellationToken.None));
    }

    [Theory]
    [InlineData("not json", WebhookOutcome.BadPayload)]
    [InlineData("[1,2]", WebhookOutcome.BadPayload)]
    [InlineData("""{"doctype": "Customer", "name": "C-1"}""", WebhookOutcome.Ignored)]
    public async Task Handle_ValidSignatureOtherPayload_IsReported(string body, WebhookOutcome expected)
    {
        await using var erp = new ErpHarness();

        var outcome = await erp.Webhooks.HandleAsync(Encoding.UTF8.GetBytes(body), Sign(body), CancellationToken.None);

        Assert.Equal(expected, outcome);
    }

    [Fact]
    public async Task Handle_NoSecretConfigured_IsDisabledAndRejects()
    {
        await using var erp = new ErpHarness(new() { ["Erp:WebhookSecret"] = "" });
        const string body = """{"item_code": "SKU-2"}""";

        Assert.False(erp.Webhooks.Enabled);
        Assert.Equal(WebhookOutcome.BadSignature, await erp.Webhooks.HandleAsync(Encoding.UTF8.GetBytes(body), Sign(body), CancellationToken.None));
    }
}
