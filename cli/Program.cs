using ShopCli;
using ShopCli.Infrastructure;

using var shutdown = new Shutdown();
return await ShopApp.Build().RunAsync(args, shutdown.Token);
