namespace Promise.ErpClient.Configuration;

/// <summary>The <c>Erp:*</c> configuration section. Defaults follow api-contract.md's configuration table.</summary>
public sealed class ErpOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Erp";

    /// <summary><c>Erp:Mode</c>: data source; when unset, <see cref="ErpMode.Embedded"/> if <see cref="BaseUrl"/> is empty, else <see cref="ErpMode.ErpNext"/>.</summary>
    public ErpMode? Mode { get; set; }

    /// <summary><c>Erp:BaseUrl</c> (or <c>ERPNEXT_BASE_URL</c>): the ERPNext site, e.g. <c>https://erp.example.com</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary><c>Erp:ApiKey</c> (or <c>ERPNEXT_API_KEY</c>).</summary>
    public string? ApiKey { get; set; }

    /// <summary><c>Erp:ApiSecret</c> (or <c>ERPNEXT_API_SECRET</c>). Never logged.</summary>
    public string? ApiSecret { get; set; }

    /// <summary><c>Erp:FixtureFile</c>: embedded mode fixture; null means the built-in demo data.</summary>
    public string? FixtureFile { get; set; }

    /// <summary><c>Erp:Company</c>: restrict warehouses and purchase orders to this company.</summary>
    public string? Company { get; set; }

    /// <summary><c>Erp:HolidayLists:N</c>: holiday lists to read besides the companies' defaults (e.g. those named in <c>Promise:*</c>).</summary>
    public IList<string> HolidayLists { get; } = [];

    /// <summary><c>Erp:WebhookSecret</c>: HMAC secret of ERPNext webhooks; the endpoint is off without it. Never logged.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary><c>Erp:Timeout</c>: total budget of one ERP call including retries (default 5 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary><c>Erp:AttemptTimeout</c>: budget of one HTTP attempt (default 2 s).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary><c>Erp:MaxRetries</c>: retries after the first attempt, for 429/5xx/network errors only (default 2, 0..10).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary><c>Erp:RetryBaseDelay</c>: first backoff delay, doubled per retry with jitter (default 200 ms).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary><c>Erp:MaxRetryAfter</c>: a 429/503 <c>Retry-After</c> longer than this is not waited for; the call fails with it (default 3 s).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary><c>Erp:MaxConcurrency</c>: concurrent HTTP calls to ERPNext per instance (default 16).</summary>
    public int MaxConcurrency { get; set; } = 16;

    /// <summary><c>Erp:CoalesceWindow</c>: how long item codes of concurrent requests are collected into one query (default 2 ms; 0 = next thread-pool turn).</summary>
    public TimeSpan CoalesceWindow { get; set; } = TimeSpan.FromMilliseconds(2);

    /// <summary><c>Erp:MaxBatchItems</c>: item codes per batched query (default 200).</summary>
    public int MaxBatchItems { get; set; } = 200;

    /// <summary><c>Erp:MaxItemsInFlight</c>: item codes of one kind being fetched from which a due batch keeps collecting until a fetch returns, up to <see cref="MaxBatchHold"/> (default 100; 0 = whenever a fetch is in flight).</summary>
    public int MaxItemsInFlight { get; set; } = 100;

    /// <summary><c>Erp:MaxBatchHold</c>: the longest a batch keeps collecting, from its first item code, while fetches of its kind are in flight (default 10 ms, at most 1 s; a hold shorter than <c>Erp:CoalesceWindow</c> means no wait beyond the window).</summary>
    public TimeSpan MaxBatchHold { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary><c>Erp:PageSize</c>: <c>limit_page_length</c> of list queries (default 500).</summary>
    public int PageSize { get; set; } = 500;

    /// <summary><c>Erp:MaxGetUrlLength</c>: longer list queries are sent as <c>POST frappe.client.get_list</c> (default 4000 characters).</summary>
    public int MaxGetUrlLength { get; set; } = 4000;

    /// <summary><c>Erp:BreakerFailureRatio</c>: failure ratio within the sampling window that opens the breaker (default 0.5).</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary><c>Erp:BreakerMinimumThroughput</c>: calls in the window before the ratio counts (default 5, at least 2).</summary>
    public int BreakerMinimumThroughput { get; set; } = 5;

    /// <summary><c>Erp:BreakerSamplingDuration</c>: the breaker's sampling window (default 30 s).</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><c>Erp:BreakerBreakDuration</c>: how long the breaker stays open before a trial call (default 15 s).</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The effective mode after defaults.</summary>
    public ErpMode EffectiveMode => Mode ?? (string.IsNullOrWhiteSpace(BaseUrl) ? ErpMode.Embedded : ErpMode.ErpNext);
}
