using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.FirmNetwork;

internal sealed class FirmNetworkEntry(IServiceProvider services) : ModuleEntry<IFirmNetwork>(services), IFirmNetwork;
