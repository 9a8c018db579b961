using System.Globalization;

namespace Promise.Api.Observability;

/// <summary>HTTP status codes as label text, cached so recording a request allocates nothing.</summary>
internal static class StatusCodeText
{
    private const int First = 100;
    private const int Last = 599;

    private static readonly string[] Texts = CreateTexts();

    public static string Of(int statusCode) =>
        statusCode is >= First and <= Last
            ? Texts[statusCode - First]
            : statusCode.ToString(CultureInfo.InvariantCulture);

    private static string[] CreateTexts()
    {
        var texts = new string[Last - First + 1];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = (First + i).ToString(CultureInfo.InvariantCulture);
        }

        return texts;
    }
}
