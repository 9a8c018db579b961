using System.Text;

namespace Promise.Perf.Baseline;

/// <summary>The fixed response: the same bytes for every request, so only the HTTP stack is measured.</summary>
internal sealed class ResponseBody
{
    private const int DefaultBytes = 2048;
    private readonly byte[] _bytes;

    private ResponseBody(byte[] bytes) => _bytes = bytes;

    public int Length => _bytes.Length;

    public static ResponseBody Load(IConfiguration configuration)
    {
        var file = configuration["Baseline:BodyFile"];
        if (!string.IsNullOrEmpty(file))
        {
            return new ResponseBody(File.ReadAllBytes(file));
        }

        var size = configuration.GetValue("Baseline:BodyBytes", DefaultBytes);
        return new ResponseBody(Generate(size));
    }

    /// <summary>Drains the request body (a real endpoint must read it) and writes the fixed bytes.</summary>
    public async Task WriteAsync(HttpContext context)
    {
        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = _bytes.Length;
        await context.Response.Body.WriteAsync(_bytes, context.RequestAborted);
    }

    // A valid JSON object of exactly `size` bytes: {"status":"OK","padding":"xxx..."}.
    private static byte[] Generate(int size)
    {
        const string Prefix = "{\"status\":\"OK\",\"padding\":\"";
        const string Suffix = "\"}";
        var padding = Math.Max(0, size - Prefix.Length - Suffix.Length);
        return Encoding.UTF8.GetBytes(Prefix + new string('x', padding) + Suffix);
    }
}
