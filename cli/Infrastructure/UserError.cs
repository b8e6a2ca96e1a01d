namespace ShopCli.Infrastructure;

/// <summary>
/// A problem the user can fix (bad input, unreachable server): reported as one line on stderr
/// with a non-zero exit code, never as a stack trace.
/// </summary>
public sealed class UserError : Exception
{
    public UserError(string message, int exitCode = ExitCodes.Failure)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public UserError()
        : this("an error occurred")
    {
    }

    public UserError(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.Failure;
    }

    /// <summary>The process exit code to use.</summary>
    public int ExitCode { get; }
}
