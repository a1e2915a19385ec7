/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";
import "../../../../runtime/bigintLongs.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["tributary/distribution/v1/types"] || ($protobuf.roots["tributary/distribution/v1/types"] = {});

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

            v1.ComputeRewards = (function() {

                /**
                 * Properties of a ComputeRewards.
                 * @memberof tributary.distribution.v1
                 * @interface IComputeRewards
                 * @property {Array.<cosmos.base.v1beta1.ICoin>|null} [pending] ComputeRewards pending
                 * @property {Array.<cosmos.base.v1beta1.ICoin>|null} [lastAllocated] ComputeRewards lastAllocated
                 * @property {number|Long|null} [lastHeight] ComputeRewards lastHeight
                 * @property {Array.<cosmos.base.v1beta1.ICoin>|null} [totalAllocated] ComputeRewards totalAllocated
                 */

                /**
                 * Constructs a new ComputeRewards.
                 * @memberof tributary.distribution.v1
                 * @classdesc Represents a ComputeRewards.
                 * @implements IComputeRewards
                 * @constructor
                 * @param {tributary.distribution.v1.IComputeRewards=} [properties] Properties to set
                 */
                function ComputeRewards(properties) {
                    this.pending = [];
                    this.lastAllocated = [];
                    this.totalAllocated = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ComputeRewards pending.
                 * @member {Array.<cosmos.base.v1beta1.ICoin>} pending
                 * @memberof tributary.distribution.v1.ComputeRewards
                 * @instance
                 */
                ComputeRewards.prototype.pending = $util.emptyArray;

                /**
                 * ComputeRewards lastAllocated.
                 * @member {Array.<cosmos.base.v1beta1.ICoin>} lastAllocated
                 * @memberof tributary.distribution.v1.ComputeRewards
                 * @instance
                 */
                ComputeRewards.prototype.lastAllocated = $util.emptyArray;

                /**
                 * ComputeRewards lastHeight.
                 * @member {number|Long} lastHeight
                 * @memberof tributary.distribution.v1.ComputeRewards
                 * @instance
                 */
                ComputeRewards.prototype.lastHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ComputeRewards totalAllocated.
                 * @member {Array.<cosmos.base.v1beta1.ICoin>} totalAllocated
                 * @memberof tributary.distribution.v1.ComputeRewards
                 * @instance
                 */
                ComputeRewards.prototype.totalAllocated = $util.emptyArray;

                /**
                 * Encodes the specified ComputeRewards message. Does not implicitly {@link tributary.distribution.v1.ComputeRewards.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.distribution.v1.ComputeRewards
                 * @static
                 * @param {tributary.distribution.v1.IComputeRewards} message ComputeRewards message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ComputeRewards.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.pending != null && message.pending.length)
                        for (let i = 0; i < message.pending.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.pending[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.lastAllocated != null && message.lastAllocated.length)
                        for (let i = 0; i < message.lastAllocated.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.lastAllocated[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.lastHeight != null && Object.hasOwnProperty.call(message, "lastHeight"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.lastHeight);
                    if (message.totalAllocated != null && message.totalAllocated.length)
                        for (let i = 0; i < message.totalAllocated.length; ++i)
                            $root.cosmos.base.v1beta1.Coin.encode(message.totalAllocated[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a ComputeRewards message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.distribution.v1.ComputeRewards
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.distribution.v1.ComputeRewards} ComputeRewards
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ComputeRewards.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.distribution.v1.ComputeRewards();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.pending && message.pending.length))
                                    message.pending = [];
                                message.pending.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 2: {
                                if (!(message.lastAllocated && message.lastAllocated.length))
                                    message.lastAllocated = [];
                                message.lastAllocated.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 3: {
                                message.lastHeight = reader.uint64();
                                break;
                            }
                        case 4: {
                                if (!(message.totalAllocated && message.totalAllocated.length))
                                    message.totalAllocated = [];
                                message.totalAllocated.push($root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1));
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
                 * Gets the default type url for ComputeRewards
                 * @function getTypeUrl
                 * @memberof tributary.distribution.v1.ComputeRewards
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ComputeRewards.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.distribution.v1.ComputeRewards";
                };

                return ComputeRewards;
            })();

            return v1;
        })();

        return distribution;
    })();

    return tributary;
})();

export const cosmos = $root.cosmos = (() => {

    /**
     * Namespace cosmos.
     * @exports cosmos
     * @namespace
     */
    const cosmos = {};

    cosmos.base = (function() {

        /**
         * Namespace base.
         * @memberof cosmos
         * @namespace
         */
        const base = {};

        base.v1beta1 = (function() {

            /**
             * Namespace v1beta1.
             * @memberof cosmos.base
             * @namespace
             */
            const v1beta1 = {};

            v1beta1.Coin = (function() {

                /**
                 * Properties of a Coin.
                 * @memberof cosmos.base.v1beta1
                 * @interface ICoin
                 * @property {string|null} [denom] Coin denom
                 * @property {string|null} [amount] Coin amount
                 */

                /**
                 * Constructs a new Coin.
                 * @memberof cosmos.base.v1beta1
                 * @classdesc Represents a Coin.
                 * @implements ICoin
                 * @constructor
                 * @param {cosmos.base.v1beta1.ICoin=} [properties] Properties to set
                 */
                function Coin(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Coin denom.
                 * @member {string} denom
                 * @memberof cosmos.base.v1beta1.Coin
                 * @instance
                 */
                Coin.prototype.denom = "";

                /**
                 * Coin amount.
                 * @member {string} amount
                 * @memberof cosmos.base.v1beta1.Coin
                 * @instance
                 */
                Coin.prototype.amount = "";

                /**
                 * Encodes the specified Coin message. Does not implicitly {@link cosmos.base.v1beta1.Coin.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {cosmos.base.v1beta1.ICoin} message Coin message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Coin.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.denom != null && Object.hasOwnProperty.call(message, "denom"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.denom);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.amount);
                    return writer;
                };

                /**
                 * Decodes a Coin message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.base.v1beta1.Coin} Coin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Coin.decode = function decode(reader, length, error, long) {
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
                    message = new $root.cosmos.base.v1beta1.Coin();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.denom = reader.string();
                                break;
                            }
                        case 2: {
                                message.amount = reader.string();
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
                 * Gets the default type url for Coin
                 * @function getTypeUrl
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Coin.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/cosmos.base.v1beta1.Coin";
                };

                return Coin;
            })();

            return v1beta1;
        })();

        return base;
    })();

    return cosmos;
})();

export { $root as default };
