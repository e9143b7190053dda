package dev.tradebook.gateway.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tradebook.gateway.domain.ChannelType;
import dev.tradebook.gateway.domain.IncomingOrder;
import dev.tradebook.platform.runtime.validation.CurrencyCode;

/** One order of a cart, for an existing customer or for a buyer the intake finds or registers. */
public record IntakeOrder(
        @Schema(description = "the cart the order comes from, e.g. web-shop", examples = "web-shop")
        @NotBlank @Size(max = 40) String channel,
        @Schema(description = "SHOP (default): a new buyer becomes a B2C_CART customer; TRADE_PORTAL: B2B_PORTAL")
        ChannelType channelType,
        @Schema(description = "the order's id in the cart; with channel it names the order for good")
        @NotBlank @Size(max = 100) String externalOrderId,
        @Schema(description = "an existing customer's code; or give buyer instead")
        @Pattern(regexp = "[A-Z0-9-]{1,20}", message = "must be a customer code") String customer,
        @Valid Buyer buyer,
        @Schema(description = "the cart's currency; a new buyer's customer transacts in it, an existing customer"
                + " must have it") @NotNull @CurrencyCode String currency,
        @NotNull @Size(min = 1, max = 500) List<CartRequest.@Valid @NotNull Line> lines) {

    /** The buyer; {@code id} (else {@code email}) names it in its cart, so its next order finds its customer. */
    public record Buyer(
            @Schema(description = "the buyer's id in the cart; default its e-mail") @Size(max = 100) String id,
            @NotBlank @Size(max = 60) String name,
            @Email @Size(max = 44) String email,
            @Size(max = 50) String phone,
            @Valid Address address) {
    }

    /** city: a city code of customer-service's list, when given. */
    public record Address(@Size(max = 120) String line1, @Size(max = 120) String line2, @Size(max = 120) String line3,
            @Size(max = 20) String city, @Size(max = 10) String pinCode) {
    }

    IncomingOrder toIncoming(ObjectMapper json) {
        return new IncomingOrder(channel, channelType == null ? ChannelType.SHOP : channelType, externalOrderId,
                customer, buyer == null ? null : new IncomingOrder.Buyer(buyer.id, buyer.name, buyer.email,
                        buyer.phone, buyer.address == null ? null : new IncomingOrder.Address(buyer.address.line1,
                                buyer.address.line2, buyer.address.line3, buyer.address.city, buyer.address.pinCode)),
                currency, json.valueToTree(lines));
    }
}
