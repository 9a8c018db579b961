namespace ErpNext.Fake.Schema;

/// <summary>The Frappe field types the fake distinguishes; they decide JSON shape, defaults and comparison.</summary>
internal enum FieldType
{
    /// <summary>Free text (Data, Select, Text, Small Text): compared case-insensitively like MariaDB.</summary>
    Data,

    /// <summary>A link to another document's name: text, compared case-insensitively.</summary>
    Link,

    /// <summary>Decimal number: always written with a decimal point, default 0.0, never null in list rows.</summary>
    Float,

    /// <summary>Integer, default 0.</summary>
    Int,

    /// <summary>0/1 flag, default 0.</summary>
    Check,

    /// <summary>"YYYY-MM-DD" or null.</summary>
    Date,

    /// <summary>"YYYY-MM-DD HH:MM:SS[.ffffff]" or null.</summary>
    Datetime,
}
