using System.Runtime.InteropServices;

namespace ShopCli.Infrastructure;

/// <summary>
/// Cancels a token on Ctrl+C (SIGINT) or SIGTERM, so that long commands stop cleanly and
/// `serve` and `watch` exit 0 when asked to stop.
/// </summary>
public sealed class Shutdown : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly PosixSignalRegistration sigint;
    private readonly PosixSignalRegistration sigterm;

    public Shutdown()
    {
        sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Cancelled once a stop signal arrives.</summary>
    public CancellationToken Token => source.Token;

    private void OnSignal(PosixSignalContext context)
    {
        // Keep the process alive: the command that owns the token decides how to finish.
        context.Cancel = true;
        source.Cancel();
    }

    public void Dispose()
    {
        sigint.Dispose();
        sigterm.Dispose();
        source.Dispose();
    }
}
