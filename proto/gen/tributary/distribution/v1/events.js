/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";
import "../../../../runtime/bigintLongs.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["tributary/distribution/v1/events"] || ($protobuf.roots["tributary/distribution/v1/events"] = {});

export const tributary = $root.tributary = (() => {

    /**
     * Namespace tributary.
     * @exports tributary
     * @namespace
     */
    const tributary = {};

    tributary.distribution = (function() {

        /**
         * Namespace distribution.
         * @memberof tributary
         * @namespace
         */
        const distribution = {};

        distribution.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tributary.distribution
             * @namespace
             */
            const v1 = {};

            v1.EventAllocation = (function() {

                /**
                 * Properties of an EventAllocation.
                 * @memberof tributary.distribution.v1
                 * @interface IEventAllocation
                 * @property {string|null} [total] EventAllocation total
                 * @property {string|null} [compute] EventAllocation compute
                 * @property {string|null} [validators] EventAllocation validators
                 * @property {string|null} [communityPool] EventAllocation communityPool
                 * @property {number|null} [signers] EventAllocation signers
                 */

                /**
                 * Constructs a new EventAllocation.
                 * @memberof tributary.distribution.v1
                 * @classdesc Represents an EventAllocation.
                 * @implements IEventAllocation
                 * @constructor
                 * @param {tributary.distribution.v1.IEventAllocation=} [properties] Properties to set
                 */
                function EventAllocation(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventAllocation total.
                 * @member {string} total
                 * @memberof tributary.distribution.v1.EventAllocation
                 * @instance
                 */
                EventAllocation.prototype.total = "";

                /**
                 * EventAllocation compute.
                 * @member {string} compute
                 * @memberof tributary.distribution.v1.EventAllocation
                 * @instance
                 */
                EventAllocation.prototype.compute = "";

                /**
                 * EventAllocation validators.
                 * @member {string} validators
                 * @memberof tributary.distribution.v1.EventAllocation
                 * @instance
                 */
                EventAllocation.prototype.validators = "";

                /**
                 * EventAllocation communityPool.
                 * @member {string} communityPool
                 * @memberof tributary.distribution.v1.EventAllocation
                 * @instance
                 */
                EventAllocation.prototype.communityPool = "";

                /**
                 * EventAllocation signers.
                 * @member {number} signers
                 * @memberof tributary.distribution.v1.EventAllocation
                 * @instance
                 */
                EventAllocation.prototype.signers = 0;

                /**
                 * Encodes the specified EventAllocation message. Does not implicitly {@link tributary.distribution.v1.EventAllocation.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.distribution.v1.EventAllocation
                 * @static
                 * @param {tributary.distribution.v1.IEventAllocation} message EventAllocation message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventAllocation.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.total != null && Object.hasOwnProperty.call(message, "total"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.total);
                    if (message.compute != null && Object.hasOwnProperty.call(message, "compute"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.compute);
                    if (message.validators != null && Object.hasOwnProperty.call(message, "validators"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.validators);
                    if (message.communityPool != null && Object.hasOwnProperty.call(message, "communityPool"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.communityPool);
                    if (message.signers != null && Object.hasOwnProperty.call(message, "signers"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.signers);
                    return writer;
                };

                /**
                 * Decodes an EventAllocation message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.distribution.v1.EventAllocation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.distribution.v1.EventAllocation} EventAllocation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventAllocation.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.distribution.v1.EventAllocation();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.total = reader.string();
                                break;
                            }
                        case 2: {
                                message.compute = reader.string();
                                break;
                            }
                        case 3: {
                                message.validators = reader.string();
                                break;
                            }
                        case 4: {
                                message.communityPool = reader.string();
                                break;
                            }
                        case 5: {
                                message.signers = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EventAllocation
                 * @function getTypeUrl
                 * @memberof tributary.distribution.v1.EventAllocation
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventAllocation.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.distribution.v1.EventAllocation";
                };

                return EventAllocation;
            })();

            return v1;
        })();

        return distribution;
    })();

    return tributary;
})();

export { $root as default };
