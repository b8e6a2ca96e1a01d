namespace ShopCli.Infrastructure;

/// <summary>The process exit codes of <c>shop</c>.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>The command ran and failed (unreachable server, unknown question, bad folder...).</summary>
    public const int Failure = 1;

    /// <summary>The command line itself was wrong (unknown option, bad number).</summary>
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl+C before the work was done.</summary>
    public const int Cancelled = 130;
}
