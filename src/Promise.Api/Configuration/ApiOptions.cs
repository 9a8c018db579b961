using System.ComponentModel.DataAnnotations;

namespace Promise.Api.Configuration;

/// <summary>The <c>Api:*</c> section: request limits, load shedding, bulk streaming and Kestrel limits.</summary>
internal sealed class ApiOptions : IValidatableObject
{
    public const string SectionName = "Api";

    /// <summary><c>Api:MaxBodyBytes</c>: a single request body and each bulk line (default 1 MiB).</summary>
    [Range(1024, 64L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary><c>Api:MaxConcurrentRequests</c>: promise requests in progress per instance before 503 (0 = 2 × cores × 64).</summary>
    [Range(0, 1_000_000)]
    public int MaxConcurrentRequests { get; set; }

    /// <summary>
    /// <c>Api:MaxQueueTime</c>: a promise request that waited longer than this before its endpoint could start
    /// (in the thread pool's queue and the pipeline) is shed with 503 (default 100 ms; 0 = off).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan MaxQueueTime { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary><c>Api:BulkPrefetchWindow</c>: bulk requests whose supply is fetched in one batched read (default 64).</summary>
    [Range(1, 10_000)]
    public int BulkPrefetchWindow { get; set; } = 64;

    /// <summary><c>Api:ShutdownTimeout</c>: how long in-flight requests may finish after SIGTERM (default 30 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><c>Api:MaxRequestHeadersBytes</c>: total size of the request headers (default 32 KiB).</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxRequestHeadersBytes { get; set; } = 32 * 1024;

    /// <summary><c>Api:RequestHeadersTimeout</c>: time to receive the headers (default 10 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary><c>Api:MinRequestBodyBytesPerSecond</c>: a slower body is aborted after a 5 s grace period (default 240; 0 = off).</summary>
    [Range(0, 1024 * 1024)]
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary><c>Api:KeepAliveTimeout</c>: idle keep-alive connections are closed after this (default 2 min).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary><c>Api:RateLimit:*</c>: per-client rate limit (off by default).</summary>
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>DataAnnotations do not recurse: the nested <c>Api:RateLimit</c> section is checked here.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(RateLimit, new ValidationContext(RateLimit), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult("Api:RateLimit: " + r.ErrorMessage, r.MemberNames));
    }

    /// <summary>The effective concurrency limit.</summary>
    public int EffectiveMaxConcurrentRequests =>
        MaxConcurrentRequests > 0 ? MaxConcurrentRequests : 2 * Environment.ProcessorCount * 64;
}
