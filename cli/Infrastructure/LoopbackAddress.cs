using System.Net;

namespace ShopCli.Infrastructure;

/// <summary>
/// The servers started by <c>shop</c> have no authentication, so they only listen on loopback.
/// </summary>
public static class LoopbackAddress
{
    /// <summary>Returns the IP literal to bind, or throws a <see cref="UserError"/> for anything but loopback.</summary>
    public static string Require(string bind)
    {
        if (string.Equals(bind, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback.ToString();
        }

        if (IPAddress.TryParse(bind, out var address) && IPAddress.IsLoopback(address))
        {
            return address.ToString();
        }

        throw new UserError(
            $"refusing to bind '{bind}': the server has no authentication yet, so it only listens on loopback (127.0.0.1, ::1 or localhost)",
            ExitCodes.Usage);
    }
}
