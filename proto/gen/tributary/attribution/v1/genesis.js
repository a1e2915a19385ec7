/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";
import "../../../../runtime/bigintLongs.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["tributary/attribution/v1/genesis"] || ($protobuf.roots["tributary/attribution/v1/genesis"] = {});

export const tributary = $root.tributary = (() => {

    /**
     * Namespace tributary.
     * @exports tributary
     * @namespace
     */
    const tributary = {};

    tributary.attribution = (function() {

        /**
         * Namespace attribution.
         * @memberof tributary
         * @namespace
         */
        const attribution = {};

        attribution.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tributary.attribution
             * @namespace
             */
            const v1 = {};

            v1.GenesisState = (function() {

                /**
                 * Properties of a GenesisState.
                 * @memberof tributary.attribution.v1
                 * @interface IGenesisState
                 * @property {tributary.attribution.v1.IParams|null} [params] GenesisState params
                 * @property {Array.<tributary.attribution.v1.IIndexCommitment>|null} [commitments] GenesisState commitments
                 * @property {Array.<tributary.attribution.v1.IAttributionRecord>|null} [records] GenesisState records
                 * @property {number|Long|null} [nextRecordId] GenesisState nextRecordId
                 */

                /**
                 * Constructs a new GenesisState.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents a GenesisState.
                 * @implements IGenesisState
                 * @constructor
                 * @param {tributary.attribution.v1.IGenesisState=} [properties] Properties to set
                 */
                function GenesisState(properties) {
                    this.commitments = [];
                    this.records = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GenesisState params.
                 * @member {tributary.attribution.v1.IParams|null|undefined} params
                 * @memberof tributary.attribution.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.params = null;

                /**
                 * GenesisState commitments.
                 * @member {Array.<tributary.attribution.v1.IIndexCommitment>} commitments
                 * @memberof tributary.attribution.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.commitments = $util.emptyArray;

                /**
                 * GenesisState records.
                 * @member {Array.<tributary.attribution.v1.IAttributionRecord>} records
                 * @memberof tributary.attribution.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.records = $util.emptyArray;

                /**
                 * GenesisState nextRecordId.
                 * @member {number|Long} nextRecordId
                 * @memberof tributary.attribution.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.nextRecordId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link tributary.attribution.v1.GenesisState.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.GenesisState
                 * @static
                 * @param {tributary.attribution.v1.IGenesisState} message GenesisState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GenesisState.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.params != null && Object.hasOwnProperty.call(message, "params"))
                        $root.tributary.attribution.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.commitments != null && message.commitments.length)
                        for (let i = 0; i < message.commitments.length; ++i)
                            $root.tributary.attribution.v1.IndexCommitment.encode(message.commitments[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.records != null && message.records.length)
                        for (let i = 0; i < message.records.length; ++i)
                            $root.tributary.attribution.v1.AttributionRecord.encode(message.records[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.nextRecordId != null && Object.hasOwnProperty.call(message, "nextRecordId"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.nextRecordId);
                    return writer;
                };

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.GenesisState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.GenesisState} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GenesisState.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.GenesisState();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.params = $root.tributary.attribution.v1.Params.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                if (!(message.commitments && message.commitments.length))
                                    message.commitments = [];
                                message.commitments.push($root.tributary.attribution.v1.IndexCommitment.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 3: {
                                if (!(message.records && message.records.length))
                                    message.records = [];
                                message.records.push($root.tributary.attribution.v1.AttributionRecord.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 4: {
                                message.nextRecordId = reader.uint64();
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
                 * Gets the default type url for GenesisState
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.GenesisState
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GenesisState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.GenesisState";
                };

                return GenesisState;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @memberof tributary.attribution.v1
                 * @interface IParams
                 * @property {number|Long|null} [attributableDelayBlocks] Params attributableDelayBlocks
                 * @property {number|null} [paramsVersion] Params paramsVersion
                 */

                /**
                 * Constructs a new Params.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents a Params.
                 * @implements IParams
                 * @constructor
                 * @param {tributary.attribution.v1.IParams=} [properties] Properties to set
                 */
                function Params(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Params attributableDelayBlocks.
                 * @member {number|Long} attributableDelayBlocks
                 * @memberof tributary.attribution.v1.Params
                 * @instance
                 */
                Params.prototype.attributableDelayBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params paramsVersion.
                 * @member {number} paramsVersion
                 * @memberof tributary.attribution.v1.Params
                 * @instance
                 */
                Params.prototype.paramsVersion = 0;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link tributary.attribution.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.Params
                 * @static
                 * @param {tributary.attribution.v1.IParams} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.attributableDelayBlocks != null && Object.hasOwnProperty.call(message, "attributableDelayBlocks"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.attributableDelayBlocks);
                    if (message.paramsVersion != null && Object.hasOwnProperty.call(message, "paramsVersion"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.paramsVersion);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.Params} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.Params();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.attributableDelayBlocks = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.paramsVersion = reader.uint32();
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
                 * Gets the default type url for Params
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.Params
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Params.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.Params";
                };

                return Params;
            })();

            /**
             * CommitmentStatus enum.
             * @name tributary.attribution.v1.CommitmentStatus
             * @enum {number}
             * @property {number} COMMITMENT_STATUS_UNSPECIFIED=0 COMMITMENT_STATUS_UNSPECIFIED value
             * @property {number} COMMITMENT_STATUS_PENDING=1 COMMITMENT_STATUS_PENDING value
             * @property {number} COMMITMENT_STATUS_READY=2 COMMITMENT_STATUS_READY value
             */
            v1.CommitmentStatus = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "COMMITMENT_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "COMMITMENT_STATUS_PENDING"] = 1;
                values[valuesById[2] = "COMMITMENT_STATUS_READY"] = 2;
                return values;
            })();

            v1.IndexCommitment = (function() {

                /**
                 * Properties of an IndexCommitment.
                 * @memberof tributary.attribution.v1
                 * @interface IIndexCommitment
                 * @property {number|Long|null} [datanetId] IndexCommitment datanetId
                 * @property {number|Long|null} [version] IndexCommitment version
                 * @property {number|Long|null} [publishedHeight] IndexCommitment publishedHeight
                 * @property {number|Long|null} [readyHeight] IndexCommitment readyHeight
                 * @property {tributary.attribution.v1.CommitmentStatus|null} [status] IndexCommitment status
                 * @property {Uint8Array|null} [indexHash] IndexCommitment indexHash
                 * @property {number|Long|null} [documents] IndexCommitment documents
                 * @property {number|Long|null} [tokens] IndexCommitment tokens
                 */

                /**
                 * Constructs a new IndexCommitment.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents an IndexCommitment.
                 * @implements IIndexCommitment
                 * @constructor
                 * @param {tributary.attribution.v1.IIndexCommitment=} [properties] Properties to set
                 */
                function IndexCommitment(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * IndexCommitment datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * IndexCommitment version.
                 * @member {number|Long} version
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * IndexCommitment publishedHeight.
                 * @member {number|Long} publishedHeight
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.publishedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * IndexCommitment readyHeight.
                 * @member {number|Long} readyHeight
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.readyHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * IndexCommitment status.
                 * @member {tributary.attribution.v1.CommitmentStatus} status
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.status = 0;

                /**
                 * IndexCommitment indexHash.
                 * @member {Uint8Array} indexHash
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.indexHash = $util.newBuffer([]);

                /**
                 * IndexCommitment documents.
                 * @member {number|Long} documents
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.documents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * IndexCommitment tokens.
                 * @member {number|Long} tokens
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.tokens = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified IndexCommitment message. Does not implicitly {@link tributary.attribution.v1.IndexCommitment.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @static
                 * @param {tributary.attribution.v1.IIndexCommitment} message IndexCommitment message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                IndexCommitment.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.version);
                    if (message.publishedHeight != null && Object.hasOwnProperty.call(message, "publishedHeight"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.publishedHeight);
                    if (message.readyHeight != null && Object.hasOwnProperty.call(message, "readyHeight"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.readyHeight);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.status);
                    if (message.indexHash != null && Object.hasOwnProperty.call(message, "indexHash"))
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.indexHash);
                    if (message.documents != null && Object.hasOwnProperty.call(message, "documents"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.documents);
                    if (message.tokens != null && Object.hasOwnProperty.call(message, "tokens"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.tokens);
                    return writer;
                };

                /**
                 * Decodes an IndexCommitment message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.IndexCommitment} IndexCommitment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                IndexCommitment.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.IndexCommitment();
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
                                message.version = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.publishedHeight = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.readyHeight = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.status = reader.int32();
                                break;
                            }
                        case 6: {
                                message.indexHash = reader.bytes();
                                break;
                            }
                        case 7: {
                                message.documents = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.tokens = reader.uint64();
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
                 * Gets the default type url for IndexCommitment
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                IndexCommitment.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.IndexCommitment";
                };

                return IndexCommitment;
            })();

            v1.ManifestEntry = (function() {

                /**
                 * Properties of a ManifestEntry.
                 * @memberof tributary.attribution.v1
                 * @interface IManifestEntry
                 * @property {number|Long|null} [datanetId] ManifestEntry datanetId
                 * @property {number|Long|null} [version] ManifestEntry version
                 */

                /**
                 * Constructs a new ManifestEntry.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents a ManifestEntry.
                 * @implements IManifestEntry
                 * @constructor
                 * @param {tributary.attribution.v1.IManifestEntry=} [properties] Properties to set
                 */
                function ManifestEntry(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ManifestEntry datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.attribution.v1.ManifestEntry
                 * @instance
                 */
                ManifestEntry.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ManifestEntry version.
                 * @member {number|Long} version
                 * @memberof tributary.attribution.v1.ManifestEntry
                 * @instance
                 */
                ManifestEntry.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified ManifestEntry message. Does not implicitly {@link tributary.attribution.v1.ManifestEntry.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.ManifestEntry
                 * @static
                 * @param {tributary.attribution.v1.IManifestEntry} message ManifestEntry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ManifestEntry.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.version);
                    return writer;
                };

                /**
                 * Decodes a ManifestEntry message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.ManifestEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.ManifestEntry} ManifestEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ManifestEntry.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.ManifestEntry();
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
                                message.version = reader.uint64();
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
                 * Gets the default type url for ManifestEntry
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.ManifestEntry
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ManifestEntry.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.ManifestEntry";
                };

                return ManifestEntry;
            })();

            v1.ContributorCredit = (function() {

                /**
                 * Properties of a ContributorCredit.
                 * @memberof tributary.attribution.v1
                 * @interface IContributorCredit
                 * @property {string|null} [contributor] ContributorCredit contributor
                 * @property {number|Long|null} [points] ContributorCredit points
                 * @property {string|null} [amount] ContributorCredit amount
                 */

                /**
                 * Constructs a new ContributorCredit.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents a ContributorCredit.
                 * @implements IContributorCredit
                 * @constructor
                 * @param {tributary.attribution.v1.IContributorCredit=} [properties] Properties to set
                 */
                function ContributorCredit(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ContributorCredit contributor.
                 * @member {string} contributor
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @instance
                 */
                ContributorCredit.prototype.contributor = "";

                /**
                 * ContributorCredit points.
                 * @member {number|Long} points
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @instance
                 */
                ContributorCredit.prototype.points = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ContributorCredit amount.
                 * @member {string} amount
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @instance
                 */
                ContributorCredit.prototype.amount = "";

                /**
                 * Encodes the specified ContributorCredit message. Does not implicitly {@link tributary.attribution.v1.ContributorCredit.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @static
                 * @param {tributary.attribution.v1.IContributorCredit} message ContributorCredit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ContributorCredit.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.contributor != null && Object.hasOwnProperty.call(message, "contributor"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.contributor);
                    if (message.points != null && Object.hasOwnProperty.call(message, "points"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.points);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    return writer;
                };

                /**
                 * Decodes a ContributorCredit message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.ContributorCredit} ContributorCredit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ContributorCredit.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.ContributorCredit();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.contributor = reader.string();
                                break;
                            }
                        case 2: {
                                message.points = reader.uint64();
                                break;
                            }
                        case 3: {
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
                 * Gets the default type url for ContributorCredit
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ContributorCredit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.ContributorCredit";
                };

                return ContributorCredit;
            })();

            v1.ContributionCredit = (function() {

                /**
                 * Properties of a ContributionCredit.
                 * @memberof tributary.attribution.v1
                 * @interface IContributionCredit
                 * @property {number|Long|null} [contributionId] ContributionCredit contributionId
                 * @property {string|null} [contributor] ContributionCredit contributor
                 * @property {number|Long|null} [points] ContributionCredit points
                 */

                /**
                 * Constructs a new ContributionCredit.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents a ContributionCredit.
                 * @implements IContributionCredit
                 * @constructor
                 * @param {tributary.attribution.v1.IContributionCredit=} [properties] Properties to set
                 */
                function ContributionCredit(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ContributionCredit contributionId.
                 * @member {number|Long} contributionId
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @instance
                 */
                ContributionCredit.prototype.contributionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ContributionCredit contributor.
                 * @member {string} contributor
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @instance
                 */
                ContributionCredit.prototype.contributor = "";

                /**
                 * ContributionCredit points.
                 * @member {number|Long} points
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @instance
                 */
                ContributionCredit.prototype.points = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified ContributionCredit message. Does not implicitly {@link tributary.attribution.v1.ContributionCredit.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @static
                 * @param {tributary.attribution.v1.IContributionCredit} message ContributionCredit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ContributionCredit.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.contributionId != null && Object.hasOwnProperty.call(message, "contributionId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.contributionId);
                    if (message.contributor != null && Object.hasOwnProperty.call(message, "contributor"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.contributor);
                    if (message.points != null && Object.hasOwnProperty.call(message, "points"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.points);
                    return writer;
                };

                /**
                 * Decodes a ContributionCredit message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.ContributionCredit} ContributionCredit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ContributionCredit.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.ContributionCredit();
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
                                message.contributor = reader.string();
                                break;
                            }
                        case 3: {
                                message.points = reader.uint64();
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
                 * Gets the default type url for ContributionCredit
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ContributionCredit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.ContributionCredit";
                };

                return ContributionCredit;
            })();

            v1.ResidualParts = (function() {

                /**
                 * Properties of a ResidualParts.
                 * @memberof tributary.attribution.v1
                 * @interface IResidualParts
                 * @property {number|Long|null} [unmatched] ResidualParts unmatched
                 * @property {number|Long|null} [echo] ResidualParts echo
                 * @property {number|Long|null} [generic] ResidualParts generic
                 * @property {number|Long|null} [deleted] ResidualParts deleted
                 * @property {number|Long|null} [specificity] ResidualParts specificity
                 * @property {number|Long|null} [unpaid] ResidualParts unpaid
                 */

                /**
                 * Constructs a new ResidualParts.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents a ResidualParts.
                 * @implements IResidualParts
                 * @constructor
                 * @param {tributary.attribution.v1.IResidualParts=} [properties] Properties to set
                 */
                function ResidualParts(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ResidualParts unmatched.
                 * @member {number|Long} unmatched
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.unmatched = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ResidualParts echo.
                 * @member {number|Long} echo
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.echo = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ResidualParts generic.
                 * @member {number|Long} generic
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.generic = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ResidualParts deleted.
                 * @member {number|Long} deleted
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.deleted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ResidualParts specificity.
                 * @member {number|Long} specificity
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.specificity = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ResidualParts unpaid.
                 * @member {number|Long} unpaid
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.unpaid = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified ResidualParts message. Does not implicitly {@link tributary.attribution.v1.ResidualParts.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @static
                 * @param {tributary.attribution.v1.IResidualParts} message ResidualParts message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResidualParts.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.unmatched != null && Object.hasOwnProperty.call(message, "unmatched"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.unmatched);
                    if (message.echo != null && Object.hasOwnProperty.call(message, "echo"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.echo);
                    if (message.generic != null && Object.hasOwnProperty.call(message, "generic"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.generic);
                    if (message.deleted != null && Object.hasOwnProperty.call(message, "deleted"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.deleted);
                    if (message.specificity != null && Object.hasOwnProperty.call(message, "specificity"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.specificity);
                    if (message.unpaid != null && Object.hasOwnProperty.call(message, "unpaid"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.unpaid);
                    return writer;
                };

                /**
                 * Decodes a ResidualParts message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.ResidualParts} ResidualParts
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResidualParts.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.ResidualParts();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.unmatched = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.echo = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.generic = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.deleted = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.specificity = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.unpaid = reader.uint64();
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
                 * Gets the default type url for ResidualParts
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ResidualParts.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.ResidualParts";
                };

                return ResidualParts;
            })();

            v1.AttributionRecord = (function() {

                /**
                 * Properties of an AttributionRecord.
                 * @memberof tributary.attribution.v1
                 * @interface IAttributionRecord
                 * @property {number|Long|null} [id] AttributionRecord id
                 * @property {string|null} [submitter] AttributionRecord submitter
                 * @property {Array.<tributary.attribution.v1.IManifestEntry>|null} [manifest] AttributionRecord manifest
                 * @property {Uint8Array|null} [outputHash] AttributionRecord outputHash
                 * @property {string|null} [output] AttributionRecord output
                 * @property {string|null} [prompt] AttributionRecord prompt
                 * @property {number|null} [tokens] AttributionRecord tokens
                 * @property {number|Long|null} [totalPoints] AttributionRecord totalPoints
                 * @property {Array.<tributary.attribution.v1.IContributorCredit>|null} [contributors] AttributionRecord contributors
                 * @property {Array.<tributary.attribution.v1.IContributionCredit>|null} [contributions] AttributionRecord contributions
                 * @property {number|Long|null} [residual] AttributionRecord residual
                 * @property {tributary.attribution.v1.IResidualParts|null} [residualParts] AttributionRecord residualParts
                 * @property {cosmos.base.v1beta1.ICoin|null} [fee] AttributionRecord fee
                 * @property {string|null} [remainder] AttributionRecord remainder
                 * @property {number|null} [paramsVersion] AttributionRecord paramsVersion
                 * @property {number|Long|null} [height] AttributionRecord height
                 */

                /**
                 * Constructs a new AttributionRecord.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents an AttributionRecord.
                 * @implements IAttributionRecord
                 * @constructor
                 * @param {tributary.attribution.v1.IAttributionRecord=} [properties] Properties to set
                 */
                function AttributionRecord(properties) {
                    this.manifest = [];
                    this.contributors = [];
                    this.contributions = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * AttributionRecord id.
                 * @member {number|Long} id
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * AttributionRecord submitter.
                 * @member {string} submitter
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.submitter = "";

                /**
                 * AttributionRecord manifest.
                 * @member {Array.<tributary.attribution.v1.IManifestEntry>} manifest
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.manifest = $util.emptyArray;

                /**
                 * AttributionRecord outputHash.
                 * @member {Uint8Array} outputHash
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.outputHash = $util.newBuffer([]);

                /**
                 * AttributionRecord output.
                 * @member {string} output
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.output = "";

                /**
                 * AttributionRecord prompt.
                 * @member {string} prompt
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.prompt = "";

                /**
                 * AttributionRecord tokens.
                 * @member {number} tokens
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.tokens = 0;

                /**
                 * AttributionRecord totalPoints.
                 * @member {number|Long} totalPoints
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.totalPoints = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * AttributionRecord contributors.
                 * @member {Array.<tributary.attribution.v1.IContributorCredit>} contributors
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.contributors = $util.emptyArray;

                /**
                 * AttributionRecord contributions.
                 * @member {Array.<tributary.attribution.v1.IContributionCredit>} contributions
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.contributions = $util.emptyArray;

                /**
                 * AttributionRecord residual.
                 * @member {number|Long} residual
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.residual = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * AttributionRecord residualParts.
                 * @member {tributary.attribution.v1.IResidualParts|null|undefined} residualParts
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.residualParts = null;

                /**
                 * AttributionRecord fee.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} fee
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.fee = null;

                /**
                 * AttributionRecord remainder.
                 * @member {string} remainder
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.remainder = "";

                /**
                 * AttributionRecord paramsVersion.
                 * @member {number} paramsVersion
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.paramsVersion = 0;

                /**
                 * AttributionRecord height.
                 * @member {number|Long} height
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified AttributionRecord message. Does not implicitly {@link tributary.attribution.v1.AttributionRecord.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @static
                 * @param {tributary.attribution.v1.IAttributionRecord} message AttributionRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttributionRecord.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.submitter != null && Object.hasOwnProperty.call(message, "submitter"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.submitter);
                    if (message.manifest != null && message.manifest.length)
                        for (let i = 0; i < message.manifest.length; ++i)
                            $root.tributary.attribution.v1.ManifestEntry.encode(message.manifest[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.outputHash != null && Object.hasOwnProperty.call(message, "outputHash"))
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.outputHash);
                    if (message.output != null && Object.hasOwnProperty.call(message, "output"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.output);
                    if (message.prompt != null && Object.hasOwnProperty.call(message, "prompt"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.prompt);
                    if (message.tokens != null && Object.hasOwnProperty.call(message, "tokens"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.tokens);
                    if (message.totalPoints != null && Object.hasOwnProperty.call(message, "totalPoints"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.totalPoints);
                    if (message.contributors != null && message.contributors.length)
                        for (let i = 0; i < message.contributors.length; ++i)
                            $root.tributary.attribution.v1.ContributorCredit.encode(message.contributors[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                    if (message.contributions != null && message.contributions.length)
                        for (let i = 0; i < message.contributions.length; ++i)
                            $root.tributary.attribution.v1.ContributionCredit.encode(message.contributions[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                    if (message.residual != null && Object.hasOwnProperty.call(message, "residual"))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.residual);
                    if (message.residualParts != null && Object.hasOwnProperty.call(message, "residualParts"))
                        $root.tributary.attribution.v1.ResidualParts.encode(message.residualParts, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                    if (message.fee != null && Object.hasOwnProperty.call(message, "fee"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.fee, writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                    if (message.remainder != null && Object.hasOwnProperty.call(message, "remainder"))
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.remainder);
                    if (message.paramsVersion != null && Object.hasOwnProperty.call(message, "paramsVersion"))
                        writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.paramsVersion);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.height);
                    return writer;
                };

                /**
                 * Decodes an AttributionRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.AttributionRecord} AttributionRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttributionRecord.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.AttributionRecord();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.submitter = reader.string();
                                break;
                            }
                        case 3: {
                                if (!(message.manifest && message.manifest.length))
                                    message.manifest = [];
                                message.manifest.push($root.tributary.attribution.v1.ManifestEntry.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 4: {
                                message.outputHash = reader.bytes();
                                break;
                            }
                        case 5: {
                                message.output = reader.string();
                                break;
                            }
                        case 6: {
                                message.prompt = reader.string();
                                break;
                            }
                        case 7: {
                                message.tokens = reader.uint32();
                                break;
                            }
                        case 8: {
                                message.totalPoints = reader.uint64();
                                break;
                            }
                        case 9: {
                                if (!(message.contributors && message.contributors.length))
                                    message.contributors = [];
                                message.contributors.push($root.tributary.attribution.v1.ContributorCredit.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 10: {
                                if (!(message.contributions && message.contributions.length))
                                    message.contributions = [];
                                message.contributions.push($root.tributary.attribution.v1.ContributionCredit.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 11: {
                                message.residual = reader.uint64();
                                break;
                            }
                        case 12: {
                                message.residualParts = $root.tributary.attribution.v1.ResidualParts.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 13: {
                                message.fee = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 14: {
                                message.remainder = reader.string();
                                break;
                            }
                        case 15: {
                                message.paramsVersion = reader.uint32();
                                break;
                            }
                        case 16: {
                                message.height = reader.uint64();
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
                 * Gets the default type url for AttributionRecord
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                AttributionRecord.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.AttributionRecord";
                };

                return AttributionRecord;
            })();

            return v1;
        })();

        return attribution;
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
