/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";
import "../../../../runtime/bigintLongs.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["tributary/datanet/v1/events"] || ($protobuf.roots["tributary/datanet/v1/events"] = {});

export const tributary = $root.tributary = (() => {

    /**
     * Namespace tributary.
     * @exports tributary
     * @namespace
     */
    const tributary = {};

    tributary.datanet = (function() {

        /**
         * Namespace datanet.
         * @memberof tributary
         * @namespace
         */
        const datanet = {};

        datanet.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tributary.datanet
             * @namespace
             */
            const v1 = {};

            v1.EventDatanetCreated = (function() {

                /**
                 * Properties of an EventDatanetCreated.
                 * @memberof tributary.datanet.v1
                 * @interface IEventDatanetCreated
                 * @property {number|Long|null} [datanetId] EventDatanetCreated datanetId
                 * @property {string|null} [owner] EventDatanetCreated owner
                 * @property {string|null} [name] EventDatanetCreated name
                 * @property {string|null} [fee] EventDatanetCreated fee
                 */

                /**
                 * Constructs a new EventDatanetCreated.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents an EventDatanetCreated.
                 * @implements IEventDatanetCreated
                 * @constructor
                 * @param {tributary.datanet.v1.IEventDatanetCreated=} [properties] Properties to set
                 */
                function EventDatanetCreated(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventDatanetCreated datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.datanet.v1.EventDatanetCreated
                 * @instance
                 */
                EventDatanetCreated.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventDatanetCreated owner.
                 * @member {string} owner
                 * @memberof tributary.datanet.v1.EventDatanetCreated
                 * @instance
                 */
                EventDatanetCreated.prototype.owner = "";

                /**
                 * EventDatanetCreated name.
                 * @member {string} name
                 * @memberof tributary.datanet.v1.EventDatanetCreated
                 * @instance
                 */
                EventDatanetCreated.prototype.name = "";

                /**
                 * EventDatanetCreated fee.
                 * @member {string} fee
                 * @memberof tributary.datanet.v1.EventDatanetCreated
                 * @instance
                 */
                EventDatanetCreated.prototype.fee = "";

                /**
                 * Encodes the specified EventDatanetCreated message. Does not implicitly {@link tributary.datanet.v1.EventDatanetCreated.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.EventDatanetCreated
                 * @static
                 * @param {tributary.datanet.v1.IEventDatanetCreated} message EventDatanetCreated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventDatanetCreated.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.owner);
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.fee != null && Object.hasOwnProperty.call(message, "fee"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.fee);
                    return writer;
                };

                /**
                 * Decodes an EventDatanetCreated message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.EventDatanetCreated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.EventDatanetCreated} EventDatanetCreated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventDatanetCreated.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.datanet.v1.EventDatanetCreated();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.owner = reader.string();
                                break;
                            }
                        case 3: {
                                message.name = reader.string();
                                break;
                            }
                        case 4: {
                                message.fee = reader.string();
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
                 * Gets the default type url for EventDatanetCreated
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.EventDatanetCreated
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventDatanetCreated.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.EventDatanetCreated";
                };

                return EventDatanetCreated;
            })();

            v1.EventDatanetUpdated = (function() {

                /**
                 * Properties of an EventDatanetUpdated.
                 * @memberof tributary.datanet.v1
                 * @interface IEventDatanetUpdated
                 * @property {number|Long|null} [datanetId] EventDatanetUpdated datanetId
                 * @property {string|null} [changed] EventDatanetUpdated changed
                 */

                /**
                 * Constructs a new EventDatanetUpdated.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents an EventDatanetUpdated.
                 * @implements IEventDatanetUpdated
                 * @constructor
                 * @param {tributary.datanet.v1.IEventDatanetUpdated=} [properties] Properties to set
                 */
                function EventDatanetUpdated(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventDatanetUpdated datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.datanet.v1.EventDatanetUpdated
                 * @instance
                 */
                EventDatanetUpdated.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventDatanetUpdated changed.
                 * @member {string} changed
                 * @memberof tributary.datanet.v1.EventDatanetUpdated
                 * @instance
                 */
                EventDatanetUpdated.prototype.changed = "";

                /**
                 * Encodes the specified EventDatanetUpdated message. Does not implicitly {@link tributary.datanet.v1.EventDatanetUpdated.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.EventDatanetUpdated
                 * @static
                 * @param {tributary.datanet.v1.IEventDatanetUpdated} message EventDatanetUpdated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventDatanetUpdated.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.changed != null && Object.hasOwnProperty.call(message, "changed"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.changed);
                    return writer;
                };

                /**
                 * Decodes an EventDatanetUpdated message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.EventDatanetUpdated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.EventDatanetUpdated} EventDatanetUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventDatanetUpdated.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.datanet.v1.EventDatanetUpdated();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.changed = reader.string();
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
                 * Gets the default type url for EventDatanetUpdated
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.EventDatanetUpdated
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventDatanetUpdated.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.EventDatanetUpdated";
                };

                return EventDatanetUpdated;
            })();

            v1.EventContribution = (function() {

                /**
                 * Properties of an EventContribution.
                 * @memberof tributary.datanet.v1
                 * @interface IEventContribution
                 * @property {number|Long|null} [contributionId] EventContribution contributionId
                 * @property {number|Long|null} [datanetId] EventContribution datanetId
                 * @property {string|null} [contributor] EventContribution contributor
                 * @property {number|null} [recordIndex] EventContribution recordIndex
                 * @property {string|null} [contentHash] EventContribution contentHash
                 * @property {boolean|null} [redacted] EventContribution redacted
                 * @property {string|null} [status] EventContribution status
                 * @property {number|Long|null} [bytes] EventContribution bytes
                 * @property {number|null} [tokens] EventContribution tokens
                 * @property {number|null} [maskedTokens] EventContribution maskedTokens
                 * @property {string|null} [deposit] EventContribution deposit
                 * @property {string|null} [contentRoot] EventContribution contentRoot
                 */

                /**
                 * Constructs a new EventContribution.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents an EventContribution.
                 * @implements IEventContribution
                 * @constructor
                 * @param {tributary.datanet.v1.IEventContribution=} [properties] Properties to set
                 */
                function EventContribution(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventContribution contributionId.
                 * @member {number|Long} contributionId
                 * @memberof tributary.datanet.v1.EventContribution
                 * @instance
                 */
                EventContribution.prototype.contributionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventContribution datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.datanet.v1.EventContribution
                 * @instance
                 */
                EventContribution.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventContribution contributor.
                 * @member {string} contributor
                 * @memberof tributary.datanet.v1.EventContribution
                 * @instance
                 */
                EventContribution.prototype.contributor = "";

                /**
                 * EventContribution recordIndex.
                 * @member {number} recordIndex
                 * @memberof tributary.datanet.v1.EventContribution
                 * @instance
                 */
                EventContribution.prototype.recordIndex = 0;

                /**
                 * EventContribution contentHash.
                 * @member {string} contentHash
                 * @memberof tributary.datanet.v1.EventContribution
                 * @instance
                 */
                EventContribution.prototype.contentHash = "";

                /**
                 * EventContribution redacted.
                 * @member {boolean} redacted
                 * @memberof tributary.datanet.v1.EventContribution
                 * @instance
                 */
                EventContribution.prototype.redacted = false;

                /**
                 * EventContribution status.
                 * @member {string} status
                 * @memberof tributary.datanet.v1.EventContribution
                 * @instance
                 */
                EventContribution.prototype.status = "";

                /**
                 * EventContribution bytes.
                 * @member {number|Long} bytes
                 * @memberof tributary.datanet.v1.EventContribution
                 * @instance
                 */
                EventContribution.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventContribution tokens.
                 * @member {number} tokens
                 * @memberof tributary.datanet.v1.EventContribution
                 * @instance
                 */
                EventContribution.prototype.tokens = 0;

                /**
                 * EventContribution maskedTokens.
                 * @member {number} maskedTokens
                 * @memberof tributary.datanet.v1.EventContribution
                 * @instance
                 */
                EventContribution.prototype.maskedTokens = 0;

                /**
                 * EventContribution deposit.
                 * @member {string} deposit
                 * @memberof tributary.datanet.v1.EventContribution
                 * @instance
                 */
                EventContribution.prototype.deposit = "";

                /**
                 * EventContribution contentRoot.
                 * @member {string} contentRoot
                 * @memberof tributary.datanet.v1.EventContribution
                 * @instance
                 */
                EventContribution.prototype.contentRoot = "";

                /**
                 * Encodes the specified EventContribution message. Does not implicitly {@link tributary.datanet.v1.EventContribution.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.EventContribution
                 * @static
                 * @param {tributary.datanet.v1.IEventContribution} message EventContribution message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventContribution.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.contributionId != null && Object.hasOwnProperty.call(message, "contributionId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.contributionId);
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.datanetId);
                    if (message.contributor != null && Object.hasOwnProperty.call(message, "contributor"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.contributor);
                    if (message.recordIndex != null && Object.hasOwnProperty.call(message, "recordIndex"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.recordIndex);
                    if (message.contentHash != null && Object.hasOwnProperty.call(message, "contentHash"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.contentHash);
                    if (message.redacted != null && Object.hasOwnProperty.call(message, "redacted"))
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.redacted);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.status);
                    if (message.bytes != null && Object.hasOwnProperty.call(message, "bytes"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.bytes);
                    if (message.tokens != null && Object.hasOwnProperty.call(message, "tokens"))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.tokens);
                    if (message.maskedTokens != null && Object.hasOwnProperty.call(message, "maskedTokens"))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.maskedTokens);
                    if (message.deposit != null && Object.hasOwnProperty.call(message, "deposit"))
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.deposit);
                    if (message.contentRoot != null && Object.hasOwnProperty.call(message, "contentRoot"))
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.contentRoot);
                    return writer;
                };

                /**
                 * Decodes an EventContribution message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.EventContribution
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.EventContribution} EventContribution
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventContribution.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.datanet.v1.EventContribution();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.contributionId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.contributor = reader.string();
                                break;
                            }
                        case 4: {
                                message.recordIndex = reader.uint32();
                                break;
                            }
                        case 5: {
                                message.contentHash = reader.string();
                                break;
                            }
                        case 6: {
                                message.redacted = reader.bool();
                                break;
                            }
                        case 7: {
                                message.status = reader.string();
                                break;
                            }
                        case 8: {
                                message.bytes = reader.uint64();
                                break;
                            }
                        case 9: {
                                message.tokens = reader.uint32();
                                break;
                            }
                        case 10: {
                                message.maskedTokens = reader.uint32();
                                break;
                            }
                        case 11: {
                                message.deposit = reader.string();
                                break;
                            }
                        case 12: {
                                message.contentRoot = reader.string();
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
                 * Gets the default type url for EventContribution
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.EventContribution
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventContribution.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.EventContribution";
                };

                return EventContribution;
            })();

            v1.EventContributionReviewed = (function() {

                /**
                 * Properties of an EventContributionReviewed.
                 * @memberof tributary.datanet.v1
                 * @interface IEventContributionReviewed
                 * @property {number|Long|null} [contributionId] EventContributionReviewed contributionId
                 * @property {number|Long|null} [datanetId] EventContributionReviewed datanetId
                 * @property {string|null} [curator] EventContributionReviewed curator
                 * @property {string|null} [status] EventContributionReviewed status
                 * @property {string|null} [reason] EventContributionReviewed reason
                 * @property {string|null} [deposit] EventContributionReviewed deposit
                 */

                /**
                 * Constructs a new EventContributionReviewed.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents an EventContributionReviewed.
                 * @implements IEventContributionReviewed
                 * @constructor
                 * @param {tributary.datanet.v1.IEventContributionReviewed=} [properties] Properties to set
                 */
                function EventContributionReviewed(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventContributionReviewed contributionId.
                 * @member {number|Long} contributionId
                 * @memberof tributary.datanet.v1.EventContributionReviewed
                 * @instance
                 */
                EventContributionReviewed.prototype.contributionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventContributionReviewed datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.datanet.v1.EventContributionReviewed
                 * @instance
                 */
                EventContributionReviewed.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventContributionReviewed curator.
                 * @member {string} curator
                 * @memberof tributary.datanet.v1.EventContributionReviewed
                 * @instance
                 */
                EventContributionReviewed.prototype.curator = "";

                /**
                 * EventContributionReviewed status.
                 * @member {string} status
                 * @memberof tributary.datanet.v1.EventContributionReviewed
                 * @instance
                 */
                EventContributionReviewed.prototype.status = "";

                /**
                 * EventContributionReviewed reason.
                 * @member {string} reason
                 * @memberof tributary.datanet.v1.EventContributionReviewed
                 * @instance
                 */
                EventContributionReviewed.prototype.reason = "";

                /**
                 * EventContributionReviewed deposit.
                 * @member {string} deposit
                 * @memberof tributary.datanet.v1.EventContributionReviewed
                 * @instance
                 */
                EventContributionReviewed.prototype.deposit = "";

                /**
                 * Encodes the specified EventContributionReviewed message. Does not implicitly {@link tributary.datanet.v1.EventContributionReviewed.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.EventContributionReviewed
                 * @static
                 * @param {tributary.datanet.v1.IEventContributionReviewed} message EventContributionReviewed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventContributionReviewed.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.contributionId != null && Object.hasOwnProperty.call(message, "contributionId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.contributionId);
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.datanetId);
                    if (message.curator != null && Object.hasOwnProperty.call(message, "curator"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.curator);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.status);
                    if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                    if (message.deposit != null && Object.hasOwnProperty.call(message, "deposit"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.deposit);
                    return writer;
                };

                /**
                 * Decodes an EventContributionReviewed message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.EventContributionReviewed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.EventContributionReviewed} EventContributionReviewed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventContributionReviewed.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.datanet.v1.EventContributionReviewed();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.contributionId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.curator = reader.string();
                                break;
                            }
                        case 4: {
                                message.status = reader.string();
                                break;
                            }
                        case 5: {
                                message.reason = reader.string();
                                break;
                            }
                        case 6: {
                                message.deposit = reader.string();
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
                 * Gets the default type url for EventContributionReviewed
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.EventContributionReviewed
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventContributionReviewed.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.EventContributionReviewed";
                };

                return EventContributionReviewed;
            })();

            v1.EventContributionWithdrawn = (function() {

                /**
                 * Properties of an EventContributionWithdrawn.
                 * @memberof tributary.datanet.v1
                 * @interface IEventContributionWithdrawn
                 * @property {number|Long|null} [contributionId] EventContributionWithdrawn contributionId
                 * @property {number|Long|null} [datanetId] EventContributionWithdrawn datanetId
                 * @property {string|null} [contributor] EventContributionWithdrawn contributor
                 * @property {string|null} [deposit] EventContributionWithdrawn deposit
                 */

                /**
                 * Constructs a new EventContributionWithdrawn.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents an EventContributionWithdrawn.
                 * @implements IEventContributionWithdrawn
                 * @constructor
                 * @param {tributary.datanet.v1.IEventContributionWithdrawn=} [properties] Properties to set
                 */
                function EventContributionWithdrawn(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventContributionWithdrawn contributionId.
                 * @member {number|Long} contributionId
                 * @memberof tributary.datanet.v1.EventContributionWithdrawn
                 * @instance
                 */
                EventContributionWithdrawn.prototype.contributionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventContributionWithdrawn datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.datanet.v1.EventContributionWithdrawn
                 * @instance
                 */
                EventContributionWithdrawn.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventContributionWithdrawn contributor.
                 * @member {string} contributor
                 * @memberof tributary.datanet.v1.EventContributionWithdrawn
                 * @instance
                 */
                EventContributionWithdrawn.prototype.contributor = "";

                /**
                 * EventContributionWithdrawn deposit.
                 * @member {string} deposit
                 * @memberof tributary.datanet.v1.EventContributionWithdrawn
                 * @instance
                 */
                EventContributionWithdrawn.prototype.deposit = "";

                /**
                 * Encodes the specified EventContributionWithdrawn message. Does not implicitly {@link tributary.datanet.v1.EventContributionWithdrawn.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.EventContributionWithdrawn
                 * @static
                 * @param {tributary.datanet.v1.IEventContributionWithdrawn} message EventContributionWithdrawn message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventContributionWithdrawn.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.contributionId != null && Object.hasOwnProperty.call(message, "contributionId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.contributionId);
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.datanetId);
                    if (message.contributor != null && Object.hasOwnProperty.call(message, "contributor"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.contributor);
                    if (message.deposit != null && Object.hasOwnProperty.call(message, "deposit"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.deposit);
                    return writer;
                };

                /**
                 * Decodes an EventContributionWithdrawn message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.EventContributionWithdrawn
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.EventContributionWithdrawn} EventContributionWithdrawn
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventContributionWithdrawn.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.datanet.v1.EventContributionWithdrawn();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.contributionId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.contributor = reader.string();
                                break;
                            }
                        case 4: {
                                message.deposit = reader.string();
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
                 * Gets the default type url for EventContributionWithdrawn
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.EventContributionWithdrawn
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventContributionWithdrawn.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.EventContributionWithdrawn";
                };

                return EventContributionWithdrawn;
            })();

            v1.EventVersionPublished = (function() {

                /**
                 * Properties of an EventVersionPublished.
                 * @memberof tributary.datanet.v1
                 * @interface IEventVersionPublished
                 * @property {number|Long|null} [datanetId] EventVersionPublished datanetId
                 * @property {number|Long|null} [number] EventVersionPublished number
                 * @property {number|Long|null} [recordCount] EventVersionPublished recordCount
                 * @property {number|Long|null} [added] EventVersionPublished added
                 * @property {string|null} [merkleRoot] EventVersionPublished merkleRoot
                 * @property {number|Long|null} [totalTokens] EventVersionPublished totalTokens
                 */

                /**
                 * Constructs a new EventVersionPublished.
                 * @memberof tributary.datanet.v1
                 * @classdesc Represents an EventVersionPublished.
                 * @implements IEventVersionPublished
                 * @constructor
                 * @param {tributary.datanet.v1.IEventVersionPublished=} [properties] Properties to set
                 */
                function EventVersionPublished(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventVersionPublished datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.datanet.v1.EventVersionPublished
                 * @instance
                 */
                EventVersionPublished.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventVersionPublished number.
                 * @member {number|Long} number
                 * @memberof tributary.datanet.v1.EventVersionPublished
                 * @instance
                 */
                EventVersionPublished.prototype.number = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventVersionPublished recordCount.
                 * @member {number|Long} recordCount
                 * @memberof tributary.datanet.v1.EventVersionPublished
                 * @instance
                 */
                EventVersionPublished.prototype.recordCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventVersionPublished added.
                 * @member {number|Long} added
                 * @memberof tributary.datanet.v1.EventVersionPublished
                 * @instance
                 */
                EventVersionPublished.prototype.added = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * EventVersionPublished merkleRoot.
                 * @member {string} merkleRoot
                 * @memberof tributary.datanet.v1.EventVersionPublished
                 * @instance
                 */
                EventVersionPublished.prototype.merkleRoot = "";

                /**
                 * EventVersionPublished totalTokens.
                 * @member {number|Long} totalTokens
                 * @memberof tributary.datanet.v1.EventVersionPublished
                 * @instance
                 */
                EventVersionPublished.prototype.totalTokens = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified EventVersionPublished message. Does not implicitly {@link tributary.datanet.v1.EventVersionPublished.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.datanet.v1.EventVersionPublished
                 * @static
                 * @param {tributary.datanet.v1.IEventVersionPublished} message EventVersionPublished message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventVersionPublished.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.number != null && Object.hasOwnProperty.call(message, "number"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.number);
                    if (message.recordCount != null && Object.hasOwnProperty.call(message, "recordCount"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.recordCount);
                    if (message.added != null && Object.hasOwnProperty.call(message, "added"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.added);
                    if (message.merkleRoot != null && Object.hasOwnProperty.call(message, "merkleRoot"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.merkleRoot);
                    if (message.totalTokens != null && Object.hasOwnProperty.call(message, "totalTokens"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.totalTokens);
                    return writer;
                };

                /**
                 * Decodes an EventVersionPublished message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.datanet.v1.EventVersionPublished
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.datanet.v1.EventVersionPublished} EventVersionPublished
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventVersionPublished.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.datanet.v1.EventVersionPublished();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.number = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.recordCount = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.added = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.merkleRoot = reader.string();
                                break;
                            }
                        case 6: {
                                message.totalTokens = reader.uint64();
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
                 * Gets the default type url for EventVersionPublished
                 * @function getTypeUrl
                 * @memberof tributary.datanet.v1.EventVersionPublished
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventVersionPublished.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.datanet.v1.EventVersionPublished";
                };

                return EventVersionPublished;
            })();

            return v1;
        })();

        return datanet;
    })();

    return tributary;
})();

export { $root as default };
