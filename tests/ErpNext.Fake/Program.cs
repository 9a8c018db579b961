namespace ErpNext.Fake;

public static class Program
{
    public static void Main() { }
}
